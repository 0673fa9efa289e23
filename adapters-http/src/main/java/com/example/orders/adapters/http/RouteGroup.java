package com.example.orders.adapters.http;

import com.example.orders.adapters.http.auth.Access;
import java.util.Locale;

/**
 * Routes that share one set of limits (rate-limit budgets, body size), by what they do: reads,
 * changes, or operating the service. A route's group follows from the access it declares, so a new
 * feature's routes are limited without being listed anywhere.
 */
public enum RouteGroup {
  READ,
  WRITE,
  ADMIN;

  public static RouteGroup of(Access access) {
    return switch (access) {
      case READ -> READ;
      case WRITE -> WRITE;
      case ADMIN -> ADMIN;
    };
  }

  /** How policies and configuration name the group, e.g. {@code read}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
