package com.example.orders.bootstrap.config;

import java.time.Duration;

/**
 * How the service stops: readiness goes DOWN first, then, after {@code gracePeriod}, the HTTP
 * server stops accepting and lets in-flight requests finish within its shutdown time-out.
 *
 * @param gracePeriod how long readiness stays DOWN while the server still serves, so that load
 *     balancers (a Kubernetes Service, say) stop routing here before connections are refused
 */
public record ShutdownConfig(Duration gracePeriod) {

  public ShutdownConfig {
    if (gracePeriod.isNegative()) {
      throw new IllegalArgumentException("the grace period must not be negative");
    }
  }
}
