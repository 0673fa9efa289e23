package com.example.orders.bootstrap.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How dependencies are checked for the health endpoints: in the background, on a schedule, so
 * that a probe answers at once with the latest result whatever the dependencies do.
 *
 * @param interval the pause between one round of checks and the next
 * @param timeout how long one check may take before it counts as failed
 */
public record HealthConfig(Duration interval, Duration timeout) {

  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);
  public static final Duration INTERVAL_MIN = Duration.ofMillis(100);
  public static final Duration INTERVAL_MAX = Duration.ofMinutes(1);
  /** Kubernetes gives a probe 1 s by default; a check answers well within the probe period. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1);
  public static final Duration TIMEOUT_MIN = Duration.ofMillis(100);
  public static final Duration TIMEOUT_MAX = Duration.ofSeconds(30);

  public HealthConfig {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(timeout, "timeout");
  }
}
