package com.example.orders.application.order;

import com.example.orders.domain.order.CancellationReason;
import com.example.orders.domain.order.Order;

/** Use case: cancel a draft or placed order, saying why. */
public final class CancelOrder {

  private final OrderChanges changes;

  public CancelOrder(OrderChanges changes) {
    this.changes = changes;
  }

  public Order cancel(OrderRef ref, CancellationReason reason) {
    return changes.apply(ref, "order.cancel",
        (order, stamp) -> order.cancel(reason, stamp));
  }
}
