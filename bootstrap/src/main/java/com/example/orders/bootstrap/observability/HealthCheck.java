package com.example.orders.bootstrap.observability;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * A dependency the service cannot serve without, probed for readiness.
 *
 * @param name how {@code /health/ready} names it, e.g. {@code database}
 * @param probe answers whether the dependency works now; must be bounded in time and never throw
 */
public record HealthCheck(String name, BooleanSupplier probe) {

  public HealthCheck {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(probe, "probe");
  }

  public boolean isUp() {
    return probe.getAsBoolean();
  }
}
