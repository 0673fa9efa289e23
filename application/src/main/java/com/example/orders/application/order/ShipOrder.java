package com.example.orders.application.order;

import com.example.orders.domain.order.Order;

/** Use case: record that a paid order was shipped. */
public final class ShipOrder {

  private final OrderChanges changes;

  public ShipOrder(OrderChanges changes) {
    this.changes = changes;
  }

  public Order ship(OrderRef ref) {
    return changes.apply(ref, "order.ship", Order::ship);
  }
}
