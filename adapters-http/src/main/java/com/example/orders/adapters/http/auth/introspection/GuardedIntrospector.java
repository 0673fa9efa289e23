package com.example.orders.adapters.http.auth.introspection;

import com.example.orders.application.port.DependencyUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.net.http.HttpTimeoutException;

/**
 * Introspection through the authorization server's circuit breaker and retry policy (ADR 0021).
 * Introspecting changes nothing at the server, so a failed call may be repeated, except one that
 * timed out: it already made the caller wait its time-out, and a second would double that and
 * add load to a server that is slow already.
 */
public final class GuardedIntrospector implements Introspector {

  private final Introspector introspector;
  private final CircuitBreaker breaker;
  private final Retry retry;

  public GuardedIntrospector(Introspector introspector, CircuitBreaker breaker, Retry retry) {
    this.introspector = introspector;
    this.breaker = breaker;
    this.retry = retry;
  }

  @Override
  public Introspection introspect(String token) {
    try {
      return retry.executeSupplier(() -> attempt(token));
    } catch (NotRetried timedOut) {
      throw timedOut.failure;
    } catch (CallNotPermittedException open) {
      throw DependencyUnavailableException.refusedHere(HttpIntrospector.DEPENDENCY, open);
    }
  }

  private Introspection attempt(String token) {
    try {
      return breaker.executeSupplier(() -> introspector.introspect(token));
    } catch (DependencyUnavailableException failed) {
      if (failed.getCause() instanceof HttpTimeoutException) {
        throw new NotRetried(failed);
      }
      throw failed;
    }
  }

  /** Carries a failure past the retry policy, which retries only the port's "unavailable". */
  private static final class NotRetried extends RuntimeException {

    private final DependencyUnavailableException failure;

    NotRetried(DependencyUnavailableException failure) {
      super(null, null, false, false);
      this.failure = failure;
    }
  }
}
