package com.example.orders.application.port;

import com.example.orders.domain.shared.KnownFailure;

/**
 * A dependency behind a port (the database, say) cannot serve the call right now. Adapters throw
 * it so that callers can answer "try again later" without knowing the technology behind the port.
 */
public final class DependencyUnavailableException extends KnownFailure {

  private final String dependency;
  private final boolean refusedHere;

  /** The dependency was called and failed: {@code cause} says how. */
  public DependencyUnavailableException(String dependency, Throwable cause) {
    this(dependency, cause, false);
  }

  private DependencyUnavailableException(String dependency, Throwable cause, boolean refusedHere) {
    super(Category.UNAVAILABLE, "dependency.unavailable",
        "A service this API depends on is unavailable",
        dependency + " is unavailable; retry later", cause);
    this.dependency = dependency;
    this.refusedHere = refusedHere;
  }

  /**
   * The dependency was not called at all: this process refused the call itself, because the
   * dependency's circuit breaker is open or its bulkhead is full ({@code reason} says which).
   */
  public static DependencyUnavailableException refusedHere(String dependency, Throwable reason) {
    return new DependencyUnavailableException(dependency, reason, true);
  }

  /** Which dependency, e.g. {@code database}; safe to show to clients. */
  public String dependency() {
    return dependency;
  }

  /**
   * Whether this process refused the call without making it: retrying at once is pointless, and
   * the guard that refused it has already logged the outage once, so callers log it quietly.
   */
  public boolean refusedHere() {
    return refusedHere;
  }
}
