package com.example.orders.adapters.http.ratelimit;

import com.example.orders.application.port.RateLimit;
import java.util.Objects;

/**
 * The budgets of one route group.
 *
 * @param perSubject what one authenticated caller may do
 * @param perTenant what all callers of one tenant may do together
 */
public record GroupLimits(RateLimit perSubject, RateLimit perTenant) {

  public GroupLimits {
    Objects.requireNonNull(perSubject, "perSubject");
    Objects.requireNonNull(perTenant, "perTenant");
  }
}
