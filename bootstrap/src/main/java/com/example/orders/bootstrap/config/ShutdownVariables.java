package com.example.orders.bootstrap.config;

import java.time.Duration;
import java.util.List;

/** {@code SHUTDOWN_GRACE_PERIOD}: how long readiness is DOWN before the server stops. */
public final class ShutdownVariables implements ConfigArea<ShutdownConfig> {

  public static final ShutdownVariables SHUTDOWN = new ShutdownVariables();

  /** Endpoint removal takes a few seconds to reach every node of a cluster. */
  static final Duration PRODUCTION_GRACE_PERIOD = Duration.ofSeconds(5);

  private ShutdownVariables() {}

  @Override
  public ShutdownConfig read(EnvironmentVariables variables, AppEnvironment environment) {
    Duration defaultGracePeriod =
        environment == AppEnvironment.PRODUCTION ? PRODUCTION_GRACE_PERIOD : Duration.ZERO;
    return new ShutdownConfig(variables.duration(
        "SHUTDOWN_GRACE_PERIOD", defaultGracePeriod, Duration.ZERO, Duration.ofMinutes(5)));
  }

  @Override
  public List<String> describe(ShutdownConfig shutdown) {
    return List.of("SHUTDOWN_GRACE_PERIOD=" + Durations.format(shutdown.gracePeriod()));
  }
}
