package com.example.orders.bootstrap.observability;

import com.example.orders.adapters.http.OperationalEndpoint;
import jakarta.inject.Inject;

/**
 * {@code /health/live}: the process runs and serves HTTP. It checks no dependency on purpose: a
 * database outage must not make Kubernetes restart every replica.
 */
public final class LivenessEndpoint implements OperationalEndpoint {

  @Inject
  public LivenessEndpoint() {}

  @Override
  public String path() {
    return "/health/live";
  }

  @Override
  public Response handle() {
    return HealthResponses.status(true);
  }
}
