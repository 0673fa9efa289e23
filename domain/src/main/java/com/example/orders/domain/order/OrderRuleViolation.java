package com.example.orders.domain.order;

import com.example.orders.domain.shared.DomainException;

/**
 * A well-formed request that the order cannot accept in its current state, e.g. placing it with
 * no lines, or adding a line once it is placed.
 */
public final class OrderRuleViolation extends DomainException {

  public OrderRuleViolation(String code, String message) {
    super(Category.RULE_VIOLATION, code, "The order does not allow this change", message);
  }
}
