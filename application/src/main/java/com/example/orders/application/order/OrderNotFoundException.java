package com.example.orders.application.order;

import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.shared.KnownFailure;

/** No order with this id exists for the caller's tenant (it may exist for another tenant). */
public final class OrderNotFoundException extends KnownFailure {

  public OrderNotFoundException(OrderId id) {
    super(Category.NOT_FOUND, "order.not-found", "Order not found", "order " + id + " not found",
        null);
  }
}
