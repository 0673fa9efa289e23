package com.example.orders.bootstrap.observability;

import com.example.orders.adapters.http.OperationalEndpoint;
import com.example.orders.bootstrap.resilience.DependencyGuards;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * {@code /health/ready}: whether this replica should get traffic now, answered at once from the
 * latest background checks (see {@link HealthMonitor}). {@code UP} (200) while serving and every
 * check passes; {@code DEGRADED} (still 200) when only non-critical checks fail; {@code DOWN}
 * (503) while starting, stopping, or when a critical check fails. Each check reports its outcome
 * and its age, and each circuit breaker its state, e.g. {@code {"status":"DOWN","checks":
 * {"lifecycle":"UP","database":{"status":"DOWN","ageMillis":412}},"breakers":{"database":
 * "open"}}}.
 */
public final class ReadinessEndpoint implements OperationalEndpoint {

  private final Lifecycle lifecycle;
  private final HealthMonitor monitor;
  private final DependencyGuards guards;

  @Inject
  public ReadinessEndpoint(Lifecycle lifecycle, HealthMonitor monitor, DependencyGuards guards) {
    this.lifecycle = lifecycle;
    this.monitor = monitor;
    this.guards = guards;
  }

  @Override
  public String path() {
    return "/health/ready";
  }

  @Override
  public Response handle() {
    Lifecycle.Phase phase = lifecycle.phase();
    boolean ready = phase == Lifecycle.Phase.SERVING;
    boolean degraded = false;
    Instant now = monitor.now();
    // names and outcomes are our own constants: they need no JSON escaping
    StringJoiner checks = new StringJoiner(",", "{", "}");
    checks.add("\"lifecycle\":\"" + (ready ? HealthResponses.UP : phase.name()) + "\"");
    for (HealthMonitor.Outcome outcome : monitor.outcomes()) {
      String status = outcome.up() ? HealthResponses.UP
          : outcome.check().critical() ? HealthResponses.DOWN : HealthResponses.DEGRADED;
      ready &= outcome.up() || !outcome.check().critical();
      degraded |= !outcome.up();
      checks.add("\"" + outcome.check().name() + "\":{\"status\":\"" + status
          + "\",\"ageMillis\":" + outcome.age(now).toMillis() + "}");
    }
    StringJoiner breakers = new StringJoiner(",", "{", "}");
    guards.breakerStates().forEach((dependency, state) ->
        breakers.add("\"" + dependency + "\":\"" + state.name().toLowerCase(Locale.ROOT) + "\""));
    String status = !ready ? HealthResponses.DOWN
        : degraded ? HealthResponses.DEGRADED : HealthResponses.UP;
    return new Response(ready ? 200 : 503, HealthResponses.JSON, "{\"status\":\"" + status
        + "\",\"checks\":" + checks + ",\"breakers\":" + breakers + "}");
  }
}
