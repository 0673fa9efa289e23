package com.example.orders.bootstrap.config;

import java.util.List;

/** {@code HEALTH_CHECK_*}: how often, and how patiently, dependencies are checked. */
public final class HealthVariables implements ConfigArea<HealthConfig> {

  public static final HealthVariables HEALTH = new HealthVariables();

  private HealthVariables() {}

  @Override
  public HealthConfig read(EnvironmentVariables variables, AppEnvironment environment) {
    return new HealthConfig(
        variables.duration("HEALTH_CHECK_INTERVAL", HealthConfig.DEFAULT_INTERVAL,
            HealthConfig.INTERVAL_MIN, HealthConfig.INTERVAL_MAX),
        variables.duration("HEALTH_CHECK_TIMEOUT", HealthConfig.DEFAULT_TIMEOUT,
            HealthConfig.TIMEOUT_MIN, HealthConfig.TIMEOUT_MAX));
  }

  @Override
  public List<String> describe(HealthConfig health) {
    return List.of(
        "HEALTH_CHECK_INTERVAL=" + Durations.format(health.interval()),
        "HEALTH_CHECK_TIMEOUT=" + Durations.format(health.timeout()));
  }
}
