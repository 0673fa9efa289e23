package com.example.orders.bootstrap.observability;

import com.example.orders.adapters.http.OperationalEndpoint;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /health/ready}: whether this replica should get traffic now. UP only while serving
 * (not starting, not shutting down) and while every dependency check passes; otherwise 503 with
 * the check that failed, e.g. {@code {"status":"DOWN","checks":{"lifecycle":"STOPPING",...}}}.
 */
public final class ReadinessEndpoint implements OperationalEndpoint {

  private final Lifecycle lifecycle;
  private final List<HealthCheck> checks;

  @Inject
  public ReadinessEndpoint(Lifecycle lifecycle, Set<HealthCheck> checks) {
    this.lifecycle = lifecycle;
    this.checks = checks.stream()
        .sorted(Comparator.comparing(HealthCheck::name))
        .toList();
  }

  @Override
  public String path() {
    return "/health/ready";
  }

  @Override
  public Response handle() {
    Lifecycle.Phase phase = lifecycle.phase();
    boolean serving = phase == Lifecycle.Phase.SERVING;
    Map<String, String> outcomes = new LinkedHashMap<>();
    outcomes.put("lifecycle", serving ? HealthResponses.UP : phase.name());
    boolean allUp = serving;
    for (HealthCheck check : checks) {
      boolean up = check.isUp();
      outcomes.put(check.name(), up ? HealthResponses.UP : HealthResponses.DOWN);
      allUp &= up;
    }
    return HealthResponses.status(allUp, outcomes);
  }
}
