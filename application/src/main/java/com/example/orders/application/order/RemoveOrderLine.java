package com.example.orders.application.order;

import com.example.orders.domain.order.Sku;
import com.example.orders.domain.order.Order;

/** Use case: remove the line for a SKU from a draft order. */
public final class RemoveOrderLine {

  private final OrderChanges changes;

  public RemoveOrderLine(OrderChanges changes) {
    this.changes = changes;
  }

  public Order removeLine(OrderRef ref, Sku sku) {
    return changes.apply(ref, "order.remove-line",
        (order, stamp) -> order.removeLine(sku, stamp));
  }
}
