package com.example.orders.domain.order;

import com.example.orders.domain.shared.DomainException;

/** The order's status does not allow the requested change, e.g. shipping an unpaid order. */
public final class IllegalTransitionException extends DomainException {

  private final OrderStatus from;
  private final OrderStatus to;

  public IllegalTransitionException(OrderStatus from, OrderStatus to) {
    super(
        Category.RULE_VIOLATION,
        "order.illegal-transition",
        "The order's status does not allow this change",
        "an order that is " + from + " cannot become " + to);
    this.from = from;
    this.to = to;
  }

  public OrderStatus from() {
    return from;
  }

  public OrderStatus to() {
    return to;
  }
}
