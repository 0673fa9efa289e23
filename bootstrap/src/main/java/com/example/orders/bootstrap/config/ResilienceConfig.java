package com.example.orders.bootstrap.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How outbound calls are guarded: one circuit breaker per dependency, and retries of calls that
 * are safe to repeat. The bounds are the rules of these values; {@code ResilienceVariables}
 * checks the variables by them.
 *
 * @param enabled whether calls are guarded at all; off only to measure what guarding costs
 * @param breakerFailureRate the percentage of failed calls, among the last {@code breakerWindow},
 *     at which a breaker opens and calls fail at once without reaching the dependency
 * @param breakerMinimumCalls how many calls a breaker needs to see before it may open, so that
 *     one failure after a quiet spell does not open it
 * @param breakerWindow how many of the latest calls the failure rate is taken over
 * @param breakerOpenDuration how long an open breaker refuses calls before it lets a few trial
 *     calls through; they close it again when they succeed
 * @param retryAttempts the most attempts of a call that is safe to repeat (1: never retried)
 * @param retryBackoff the wait before the first retry; each further one waits twice as long,
 *     randomised by half either way so that many callers do not retry in step
 */
public record ResilienceConfig(
    boolean enabled,
    int breakerFailureRate,
    int breakerMinimumCalls,
    int breakerWindow,
    Duration breakerOpenDuration,
    int retryAttempts,
    Duration retryBackoff) {

  public static final int DEFAULT_BREAKER_FAILURE_RATE = 50;
  public static final int DEFAULT_BREAKER_MINIMUM_CALLS = 5;
  public static final int DEFAULT_BREAKER_WINDOW = 20;
  public static final int BREAKER_WINDOW_MAX = 1_000;
  public static final Duration DEFAULT_BREAKER_OPEN_DURATION = Duration.ofSeconds(2);
  public static final Duration BREAKER_OPEN_DURATION_MIN = Duration.ofMillis(100);
  public static final Duration BREAKER_OPEN_DURATION_MAX = Duration.ofMinutes(5);
  public static final int DEFAULT_RETRY_ATTEMPTS = 2;
  public static final int RETRY_ATTEMPTS_MAX = 10;
  public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofMillis(100);
  public static final Duration RETRY_BACKOFF_MIN = Duration.ofMillis(1);
  public static final Duration RETRY_BACKOFF_MAX = Duration.ofSeconds(10);

  public ResilienceConfig {
    Objects.requireNonNull(breakerOpenDuration, "breakerOpenDuration");
    Objects.requireNonNull(retryBackoff, "retryBackoff");
    if (breakerFailureRate < 1 || breakerFailureRate > 100) {
      throw new IllegalArgumentException("breakerFailureRate must be 1 to 100");
    }
    if (breakerWindow < 1 || breakerWindow > BREAKER_WINDOW_MAX) {
      throw new IllegalArgumentException("breakerWindow must be 1 to " + BREAKER_WINDOW_MAX);
    }
    requireMinimumCalls("breakerMinimumCalls", breakerMinimumCalls, breakerWindow);
    if (retryAttempts < 1 || retryAttempts > RETRY_ATTEMPTS_MAX) {
      throw new IllegalArgumentException("retryAttempts must be 1 to " + RETRY_ATTEMPTS_MAX);
    }
  }

  /** The defaults, guarding every call. */
  public static ResilienceConfig defaults() {
    return new ResilienceConfig(true, DEFAULT_BREAKER_FAILURE_RATE, DEFAULT_BREAKER_MINIMUM_CALLS,
        DEFAULT_BREAKER_WINDOW, DEFAULT_BREAKER_OPEN_DURATION, DEFAULT_RETRY_ATTEMPTS,
        DEFAULT_RETRY_BACKOFF);
  }

  /**
   * Checks that a breaker's minimum number of calls fits its window: a larger one could never be
   * reached, and the breaker would never open.
   */
  static int requireMinimumCalls(String name, int minimumCalls, int window) {
    if (minimumCalls < 1 || minimumCalls > window) {
      throw new IllegalArgumentException(name + " must be from 1 to the breaker window ("
          + window + "), got '" + minimumCalls + "'");
    }
    return minimumCalls;
  }
}
