package com.example.orders.application.order;

import com.example.orders.domain.order.OrderLine;
import com.example.orders.domain.order.Order;

/** Use case: add a line to a draft order. */
public final class AddOrderLine {

  private final OrderChanges changes;

  public AddOrderLine(OrderChanges changes) {
    this.changes = changes;
  }

  public Order addLine(OrderRef ref, OrderLine line) {
    return changes.apply(ref, "order.add-line",
        (order, stamp) -> order.addLine(line, stamp));
  }
}
