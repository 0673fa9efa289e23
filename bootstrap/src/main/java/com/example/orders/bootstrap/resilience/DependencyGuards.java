package com.example.orders.bootstrap.resilience;

import com.example.orders.application.port.DependencyUnavailableException;
import com.example.orders.bootstrap.config.ResilienceConfig;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The breakers, retry policies and bulkheads of the service's dependencies, one of each per
 * dependency name ({@code database}, {@code identity-provider}, ...), configured alike from
 * {@link ResilienceConfig}. Adapters take theirs in their constructors; every one made here is
 * watched by {@link GuardEvents} (one log line per breaker state change, metrics).
 *
 * <p>A breaker counts only {@link DependencyUnavailableException}s as failures: a dependency
 * that answers "no" (a conflict, a bad request) works. A retry policy retries only those, and
 * never a call refused here (an open breaker, a full bulkhead).
 */
public final class DependencyGuards {

  /** Enough trial calls to tell a recovered dependency from one lucky call. */
  static final int HALF_OPEN_CALLS = 3;
  static final double BACKOFF_MULTIPLIER = 2.0;
  static final double BACKOFF_RANDOMISATION = 0.5;

  private final ResilienceConfig config;
  private final CircuitBreakerRegistry breakers;
  private final RetryRegistry retries;
  private final BulkheadRegistry bulkheads;
  private final GuardEvents events;

  public DependencyGuards(ResilienceConfig config, GuardEvents events) {
    this.config = config;
    this.events = events;
    this.breakers = CircuitBreakerRegistry.of(breakerConfig(config));
    this.retries = RetryRegistry.of(retryConfig(config));
    this.bulkheads = BulkheadRegistry.ofDefaults();
  }

  /** Whether calls are guarded at all ({@code RESILIENCE_ENABLED}). */
  public boolean enabled() {
    return config.enabled();
  }

  /** The breaker of {@code dependency}, made (and watched, once) on first use. */
  public synchronized CircuitBreaker breaker(String dependency) {
    return breakers.find(dependency).orElseGet(() -> {
      CircuitBreaker breaker = breakers.circuitBreaker(dependency);
      events.watch(breaker);
      return breaker;
    });
  }

  /** The retry policy for calls to {@code dependency} that are safe to repeat. */
  public synchronized Retry retry(String dependency) {
    return retries.find(dependency).orElseGet(() -> {
      Retry retry = retries.retry(dependency);
      events.watch(retry);
      return retry;
    });
  }

  /**
   * The bulkhead of {@code dependency}: at most {@code maxConcurrentCalls} at once (a pool's
   * size, say); a call waits up to {@code maxWait} for a place, then is refused.
   */
  public synchronized Bulkhead bulkhead(String dependency, int maxConcurrentCalls, Duration maxWait) {
    return bulkheads.find(dependency).orElseGet(() -> {
      Bulkhead bulkhead = bulkheads.bulkhead(dependency, BulkheadConfig.custom()
          .maxConcurrentCalls(maxConcurrentCalls)
          .maxWaitDuration(maxWait)
          // a fair queue hands every freed place to the longest waiter, parking and waking a
          // thread per call under load; a call that arrives as a place frees takes it instead
          .fairCallHandlingStrategyEnabled(false)
          .writableStackTraceEnabled(false)
          .build());
      events.watch(bulkhead);
      return bulkhead;
    });
  }

  /** Every breaker's state by dependency, for the readiness details. */
  public Map<String, CircuitBreaker.State> breakerStates() {
    Map<String, CircuitBreaker.State> states = new TreeMap<>();
    breakers.getAllCircuitBreakers().forEach(breaker -> states.put(breaker.getName(),
        breaker.getState()));
    return states;
  }

  private static CircuitBreakerConfig breakerConfig(ResilienceConfig config) {
    return CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(config.breakerWindow())
        .minimumNumberOfCalls(config.breakerMinimumCalls())
        .failureRateThreshold(config.breakerFailureRate())
        .waitDurationInOpenState(config.breakerOpenDuration())
        .permittedNumberOfCallsInHalfOpenState(HALF_OPEN_CALLS)
        .recordException(DependencyGuards::isUnavailable)
        // refusals while open are the fast path of an outage: no stack trace to fill
        .writableStackTraceEnabled(false)
        .build();
  }

  private static RetryConfig retryConfig(ResilienceConfig config) {
    return RetryConfig.custom()
        .maxAttempts(config.retryAttempts())
        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(
            config.retryBackoff(), BACKOFF_MULTIPLIER, BACKOFF_RANDOMISATION))
        .retryOnException(failure -> isUnavailable(failure) && !isRefusedHere(failure))
        .build();
  }

  private static boolean isUnavailable(Throwable failure) {
    return failure instanceof DependencyUnavailableException;
  }

  private static boolean isRefusedHere(Throwable failure) {
    return failure instanceof DependencyUnavailableException unavailable
        && unavailable.refusedHere();
  }
}
