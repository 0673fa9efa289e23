package com.example.orders.bootstrap.config;

import java.time.Duration;

/**
 * How the service stops: readiness goes DOWN first, then, after {@code gracePeriod}, the server
 * stops accepting and in-flight requests get up to {@code drainTimeout} to finish.
 *
 * @param gracePeriod how long readiness stays DOWN while the server still serves, so that load
 *     balancers (a Kubernetes Service, say) stop routing here before connections are refused
 * @param drainTimeout the deadline for in-flight requests once the server stops accepting
 */
public record ShutdownConfig(Duration gracePeriod, Duration drainTimeout) {

  static final Duration DEFAULT_DRAIN_TIMEOUT = Duration.ofSeconds(20);
  /** Endpoint removal takes a few seconds to reach every node of a cluster. */
  static final Duration PRODUCTION_GRACE_PERIOD = Duration.ofSeconds(5);

  public ShutdownConfig {
    if (gracePeriod.isNegative() || drainTimeout.isNegative()) {
      throw new IllegalArgumentException("shutdown durations must not be negative");
    }
  }

  static ShutdownConfig read(EnvironmentVariables variables, AppEnvironment environment) {
    Duration defaultGracePeriod =
        environment == AppEnvironment.PRODUCTION ? PRODUCTION_GRACE_PERIOD : Duration.ZERO;
    return new ShutdownConfig(
        variables.duration(
            "SHUTDOWN_GRACE_PERIOD", defaultGracePeriod, Duration.ZERO, Duration.ofMinutes(5)),
        variables.duration(
            "SHUTDOWN_TIMEOUT", DEFAULT_DRAIN_TIMEOUT, Duration.ZERO, Duration.ofMinutes(10)));
  }
}
