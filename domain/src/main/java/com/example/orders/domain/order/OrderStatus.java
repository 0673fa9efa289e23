package com.example.orders.domain.order;

import java.util.Set;

/** Where an order stands in its life; {@link #canMoveTo} is the whole state machine. */
public enum OrderStatus {
  DRAFT,
  PLACED,
  PAID,
  SHIPPED,
  CANCELLED;

  /** Whether an order in this status may move to {@code next}. */
  public boolean canMoveTo(OrderStatus next) {
    return switch (this) {
      case DRAFT -> Set.of(PLACED, CANCELLED).contains(next);
      case PLACED -> Set.of(PAID, CANCELLED).contains(next);
      case PAID -> next == SHIPPED;
      case SHIPPED, CANCELLED -> false;
    };
  }
}
