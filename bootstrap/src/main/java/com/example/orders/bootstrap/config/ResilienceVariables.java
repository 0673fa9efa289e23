package com.example.orders.bootstrap.config;

import java.time.Duration;
import java.util.List;

/** {@code RESILIENCE_*}: circuit breakers and retries of every outbound call. */
public final class ResilienceVariables implements ConfigArea<ResilienceConfig> {

  public static final ResilienceVariables RESILIENCE = new ResilienceVariables();

  private static final String ENABLED = "RESILIENCE_ENABLED";
  private static final String MINIMUM_CALLS = "RESILIENCE_BREAKER_MINIMUM_CALLS";

  private ResilienceVariables() {}

  @Override
  public ResilienceConfig read(EnvironmentVariables variables, AppEnvironment environment) {
    boolean enabled = variables.flag(ENABLED, true);
    if (!enabled && environment == AppEnvironment.PRODUCTION) {
      variables.problem(ENABLED + "=false is refused when APP_ENV=production (it exists to"
          + " measure what guarding calls costs; without it one slow dependency stalls all)");
    }
    int failureRate = variables.integer("RESILIENCE_BREAKER_FAILURE_RATE",
        ResilienceConfig.DEFAULT_BREAKER_FAILURE_RATE, 1, 100);
    int window = variables.integer("RESILIENCE_BREAKER_WINDOW",
        ResilienceConfig.DEFAULT_BREAKER_WINDOW, 1, ResilienceConfig.BREAKER_WINDOW_MAX);
    int requestedMinimumCalls = variables.integer(MINIMUM_CALLS,
        Math.min(ResilienceConfig.DEFAULT_BREAKER_MINIMUM_CALLS, window), 1,
        ResilienceConfig.BREAKER_WINDOW_MAX);
    int minimumCalls = variables
        .accepted(() -> ResilienceConfig.requireMinimumCalls(
            MINIMUM_CALLS, requestedMinimumCalls, window))
        .orElse(window);
    Duration openDuration = variables.duration("RESILIENCE_BREAKER_OPEN_DURATION",
        ResilienceConfig.DEFAULT_BREAKER_OPEN_DURATION, ResilienceConfig.BREAKER_OPEN_DURATION_MIN,
        ResilienceConfig.BREAKER_OPEN_DURATION_MAX);
    int retryAttempts = variables.integer("RESILIENCE_RETRY_ATTEMPTS",
        ResilienceConfig.DEFAULT_RETRY_ATTEMPTS, 1, ResilienceConfig.RETRY_ATTEMPTS_MAX);
    Duration retryBackoff = variables.duration("RESILIENCE_RETRY_BACKOFF",
        ResilienceConfig.DEFAULT_RETRY_BACKOFF, ResilienceConfig.RETRY_BACKOFF_MIN,
        ResilienceConfig.RETRY_BACKOFF_MAX);
    return new ResilienceConfig(enabled, failureRate, minimumCalls, window, openDuration,
        retryAttempts, retryBackoff);
  }

  @Override
  public List<String> describe(ResilienceConfig resilience) {
    return List.of(
        ENABLED + "=" + resilience.enabled(),
        "RESILIENCE_BREAKER_FAILURE_RATE=" + resilience.breakerFailureRate(),
        MINIMUM_CALLS + "=" + resilience.breakerMinimumCalls(),
        "RESILIENCE_BREAKER_WINDOW=" + resilience.breakerWindow(),
        "RESILIENCE_BREAKER_OPEN_DURATION=" + Durations.format(resilience.breakerOpenDuration()),
        "RESILIENCE_RETRY_ATTEMPTS=" + resilience.retryAttempts(),
        "RESILIENCE_RETRY_BACKOFF=" + Durations.format(resilience.retryBackoff()));
  }
}
