package com.example.orders.bootstrap.observability;

import com.example.orders.adapters.http.OperationalEndpoint;
import jakarta.inject.Inject;

/**
 * {@code /health/startup}: 503 until the service has started, then 200 for good, so that a slow
 * first start (migrations) is not mistaken for a hung process.
 */
public final class StartupEndpoint implements OperationalEndpoint {

  private final Lifecycle lifecycle;

  @Inject
  public StartupEndpoint(Lifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public String path() {
    return "/health/startup";
  }

  @Override
  public Response handle() {
    return HealthResponses.status(lifecycle.phase() != Lifecycle.Phase.STARTING);
  }
}
