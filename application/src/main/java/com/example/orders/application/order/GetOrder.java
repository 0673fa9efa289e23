package com.example.orders.application.order;

import com.example.orders.application.port.Orders;
import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.shared.TenantId;

/** Use case: read one of the caller's orders. */
public final class GetOrder {

  private final Orders orders;

  public GetOrder(Orders orders) {
    this.orders = orders;
  }

  /** @throws OrderNotFoundException when the tenant has no such order */
  public Order get(TenantId tenant, OrderId id) {
    return orders.find(tenant, id).orElseThrow(() -> new OrderNotFoundException(id));
  }
}
