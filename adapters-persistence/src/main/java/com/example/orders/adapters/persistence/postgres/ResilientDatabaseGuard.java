package com.example.orders.adapters.persistence.postgres;

import com.example.orders.application.port.DependencyUnavailableException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The resilience4j guard of {@link DatabaseGuard#of}. It calls the breaker and the bulkhead
 * directly rather than through their {@code decorate*} wrappers, so that a call allocates no
 * wrapper objects; a retry context is made only once a first attempt has failed.
 */
final class ResilientDatabaseGuard implements DatabaseGuard {

  private final CircuitBreaker breaker;
  private final Bulkhead bulkhead;
  private final Retry readRetry;

  ResilientDatabaseGuard(CircuitBreaker breaker, Bulkhead bulkhead, Retry readRetry) {
    this.breaker = Objects.requireNonNull(breaker, "breaker");
    this.bulkhead = Objects.requireNonNull(bulkhead, "bulkhead");
    this.readRetry = Objects.requireNonNull(readRetry, "readRetry");
  }

  @Override
  public <T> T read(Supplier<T> work) {
    try {
      return once(work);
    } catch (DependencyUnavailableException first) {
      if (!DatabaseFailures.isWorthRetrying(first)) {
        throw first;
      }
      return retried(work, first);
    }
  }

  @Override
  public <T> T write(Supplier<T> work) {
    return once(work);
  }

  /**
   * Attempts {@code work} again after {@code first} failed, as the retry policy says: it waits
   * its back-off before each attempt and rethrows the last failure once attempts are used up.
   */
  private <T> T retried(Supplier<T> work, DependencyUnavailableException first) {
    Retry.Context<T> context = readRetry.context();
    RuntimeException failure = first;
    while (true) {
      context.onRuntimeError(failure);
      try {
        T result = once(work);
        context.onComplete();
        return result;
      } catch (DependencyUnavailableException again) {
        if (!DatabaseFailures.isWorthRetrying(again)) {
          throw again;
        }
        failure = again;
      }
    }
  }

  private <T> T once(Supplier<T> work) {
    try {
      breaker.acquirePermission();
    } catch (CallNotPermittedException open) {
      throw DependencyUnavailableException.refusedHere(DatabaseFailures.DEPENDENCY, open);
    }
    try {
      bulkhead.acquirePermission();
    } catch (BulkheadFullException full) {
      // the database did not fail: this process is asking more of it than its pool holds
      breaker.releasePermission();
      throw DependencyUnavailableException.refusedHere(DatabaseFailures.DEPENDENCY, full);
    }
    long start = System.nanoTime();
    try {
      T result = work.get();
      breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
      return result;
    } catch (RuntimeException | Error failure) {
      // the breaker's own rule decides whether this failure counts against the database
      breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
      throw failure;
    } finally {
      bulkhead.onComplete();
    }
  }
}
