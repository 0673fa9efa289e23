package com.example.orders.application.port;

/**
 * A dependency behind a port (the database, say) cannot serve the call right now. Adapters throw
 * it so that callers can answer "try again later" without knowing the technology behind the port.
 */
public final class DependencyUnavailableException extends RuntimeException {

  private final String dependency;

  public DependencyUnavailableException(String dependency, Throwable cause) {
    super(dependency + " is unavailable", cause);
    this.dependency = dependency;
  }

  /** Which dependency, e.g. {@code database}; safe to show to clients. */
  public String dependency() {
    return dependency;
  }
}
