package com.example.orders.application.order;

import com.example.orders.domain.order.PaymentReference;
import com.example.orders.domain.order.Order;

/** Use case: record the payment of a placed order. */
public final class PayOrder {

  private final OrderChanges changes;

  public PayOrder(OrderChanges changes) {
    this.changes = changes;
  }

  public Order pay(OrderRef ref, PaymentReference reference) {
    return changes.apply(ref, "order.pay",
        (order, stamp) -> order.pay(reference, stamp));
  }
}
