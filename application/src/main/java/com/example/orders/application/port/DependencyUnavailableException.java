package com.example.orders.application.port;

import com.example.orders.domain.shared.KnownFailure;

/**
 * A dependency behind a port (the database, say) cannot serve the call right now. Adapters throw
 * it so that callers can answer "try again later" without knowing the technology behind the port.
 */
public final class DependencyUnavailableException extends KnownFailure {

  private final String dependency;

  public DependencyUnavailableException(String dependency, Throwable cause) {
    super(Category.UNAVAILABLE, "dependency.unavailable",
        "A service this API depends on is unavailable",
        dependency + " is unavailable; retry later", cause);
    this.dependency = dependency;
  }

  /** Which dependency, e.g. {@code database}; safe to show to clients. */
  public String dependency() {
    return dependency;
  }
}
