package com.example.orders.bootstrap.config;

import java.time.Duration;
import java.util.List;

/**
 * {@code JOB_RETENTION}: how long a finished job (an export) and its file are kept after it
 * succeeded or failed; then its URL answers {@code 404}.
 */
public final class JobVariables implements ConfigArea<Duration> {

  public static final JobVariables JOBS = new JobVariables();

  /** A week: time enough to download an export made on a Friday. */
  static final Duration DEFAULT_RETENTION = Duration.ofDays(7);
  private static final String RETENTION = "JOB_RETENTION";

  private JobVariables() {}

  @Override
  public Duration read(EnvironmentVariables variables, AppEnvironment environment) {
    return variables.duration(RETENTION, DEFAULT_RETENTION, Duration.ofHours(1),
        Duration.ofDays(365));
  }

  @Override
  public List<String> describe(Duration retention) {
    return List.of(RETENTION + "=" + Durations.format(retention));
  }
}
