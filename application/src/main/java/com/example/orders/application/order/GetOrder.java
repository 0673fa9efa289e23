package com.example.orders.application.order;

import com.example.orders.application.port.OrderCache;
import com.example.orders.application.port.Orders;
import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.shared.TenantId;

/** Use case: read one of the caller's orders, through the read cache. */
public final class GetOrder {

  private final Orders orders;
  private final OrderCache cache;

  public GetOrder(Orders orders, OrderCache cache) {
    this.orders = orders;
    this.cache = cache;
  }

  /** @throws OrderNotFoundException when the tenant has no such order */
  public Order get(TenantId tenant, OrderId id) {
    return cache.find(tenant, id, () -> orders.find(tenant, id))
        .orElseThrow(() -> new OrderNotFoundException(id));
  }
}
