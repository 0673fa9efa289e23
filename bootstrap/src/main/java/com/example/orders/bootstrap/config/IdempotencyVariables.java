package com.example.orders.bootstrap.config;

import java.time.Duration;
import java.util.List;

/** {@code IDEMPOTENCY_KEY_TTL}: how long an {@code Idempotency-Key} is kept (ADR 0020). */
public final class IdempotencyVariables implements ConfigArea<Duration> {

  public static final IdempotencyVariables IDEMPOTENCY = new IdempotencyVariables();

  /** Long enough for any client's retries, e.g. across a night of an outage. */
  static final Duration DEFAULT_KEY_TTL = Duration.ofHours(24);
  private static final String KEY_TTL = "IDEMPOTENCY_KEY_TTL";

  private IdempotencyVariables() {}

  @Override
  public Duration read(EnvironmentVariables variables, AppEnvironment environment) {
    return variables.duration(KEY_TTL, DEFAULT_KEY_TTL, Duration.ofMinutes(1), Duration.ofDays(30));
  }

  @Override
  public List<String> describe(Duration keyTtl) {
    return List.of(KEY_TTL + "=" + Durations.format(keyTtl));
  }
}
