package com.example.orders.application.order;

import com.example.orders.domain.order.OrderId;

/** No order with this id exists for the caller's tenant (it may exist for another tenant). */
public final class OrderNotFoundException extends RuntimeException {

  public OrderNotFoundException(OrderId id) {
    super("order " + id + " not found", null, false, false);
  }
}
