package com.example.orders.bootstrap.observability;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * A dependency probed in the background for readiness.
 *
 * @param name how {@code /health/ready} names it, e.g. {@code database}
 * @param critical whether the service cannot serve without it: a failing critical check makes
 *     the replica unready (503); a failing non-critical one (a cache, say) only marks it
 *     {@code DEGRADED}, still ready, since taking every replica out of service would be worse
 * @param probe answers whether the dependency works now; must be bounded in time and never throw
 */
public record HealthCheck(String name, boolean critical, BooleanSupplier probe) {

  public HealthCheck {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(probe, "probe");
  }

  /** A dependency without which no request can be served. */
  public static HealthCheck critical(String name, BooleanSupplier probe) {
    return new HealthCheck(name, true, probe);
  }

  /** A dependency the service works without, only less well. */
  public static HealthCheck degradable(String name, BooleanSupplier probe) {
    return new HealthCheck(name, false, probe);
  }
}
