package com.example.orders.application.order;

import com.example.orders.domain.order.Order;

/** Use case: the customer commits to a draft order. */
public final class PlaceOrder {

  private final OrderChanges changes;

  public PlaceOrder(OrderChanges changes) {
    this.changes = changes;
  }

  public Order place(OrderRef ref) {
    return changes.apply(ref, "order.place", Order::place);
  }
}
