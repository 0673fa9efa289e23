package com.example.orders.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.http.OperationalEndpoint.Response;
import com.example.orders.bootstrap.config.HealthConfig;
import com.example.orders.bootstrap.config.ResilienceConfig;
import com.example.orders.bootstrap.resilience.DependencyGuards;
import com.example.orders.bootstrap.resilience.GuardEvents;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadinessEndpointTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"),
      ZoneOffset.UTC);
  private static final HealthConfig HOURLY = new HealthConfig(Duration.ofHours(1),
      Duration.ofSeconds(1));

  private final Lifecycle lifecycle = new Lifecycle();
  private final DependencyGuards guards = new DependencyGuards(
      ResilienceConfig.defaults(), new GuardEvents(new PrometheusRegistry()));
  private HealthMonitor monitor;

  @AfterEach
  void stopMonitor() {
    if (monitor != null) {
      monitor.close();
    }
  }

  @Test
  void a_serving_service_whose_checks_pass_is_ready() {
    lifecycle.markServing();
    ReadinessEndpoint readiness = readiness(HealthCheck.critical("database", () -> true));

    Response response = readiness.handle();

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/json");
    assertThat(response.body()).isEqualTo("{\"status\":\"UP\",\"checks\":{\"lifecycle\":\"UP\","
        + "\"database\":{\"status\":\"UP\",\"ageMillis\":0}},\"breakers\":{}}");
  }

  @Test
  void a_failing_check_makes_the_service_unready_and_is_named() {
    lifecycle.markServing();
    ReadinessEndpoint readiness = readiness(
        HealthCheck.critical("database", () -> false), HealthCheck.critical("broker", () -> true));

    Response response = readiness.handle();

    assertThat(response.status()).isEqualTo(503);
    assertThat(response.body()).isEqualTo("{\"status\":\"DOWN\",\"checks\":{\"lifecycle\":\"UP\","
        + "\"broker\":{\"status\":\"UP\",\"ageMillis\":0},"
        + "\"database\":{\"status\":\"DOWN\",\"ageMillis\":0}},\"breakers\":{}}");
  }

  @Test
  void a_failing_non_critical_check_leaves_the_service_ready_but_degraded() {
    lifecycle.markServing();
    ReadinessEndpoint readiness = readiness(
        HealthCheck.critical("database", () -> true), HealthCheck.degradable("cache", () -> false));

    Response response = readiness.handle();

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"status\":\"DEGRADED\",\"checks\":{"
        + "\"lifecycle\":\"UP\",\"cache\":{\"status\":\"DEGRADED\",\"ageMillis\":0},"
        + "\"database\":{\"status\":\"UP\",\"ageMillis\":0}},\"breakers\":{}}");
  }

  @Test
  void readiness_reports_the_latest_background_outcome_without_probing_again() {
    lifecycle.markServing();
    AtomicBoolean databaseUp = new AtomicBoolean(true);
    ReadinessEndpoint readiness = readiness(HealthCheck.critical("database", databaseUp::get));

    databaseUp.set(false);

    assertThat(readiness.handle().status())
        .as("the next round of checks is an hour away").isEqualTo(200);
  }

  @Test
  void every_circuit_breaker_reports_its_state() {
    lifecycle.markServing();
    guards.breaker("database").transitionToOpenState();
    guards.breaker("identity-provider");
    ReadinessEndpoint readiness = readiness();

    assertThat(readiness.handle().body())
        .endsWith("\"breakers\":{\"database\":\"open\",\"identity-provider\":\"closed\"}}");
  }

  @Test
  void a_service_still_starting_is_not_ready() {
    ReadinessEndpoint readiness = readiness();

    assertThat(readiness.handle().status()).isEqualTo(503);
    assertThat(readiness.handle().body()).isEqualTo(
        "{\"status\":\"DOWN\",\"checks\":{\"lifecycle\":\"STARTING\"},\"breakers\":{}}");
  }

  @Test
  void a_stopping_service_is_not_ready_even_when_its_dependencies_are() {
    lifecycle.markServing();
    lifecycle.markStopping();
    ReadinessEndpoint readiness = readiness(HealthCheck.critical("database", () -> true));

    assertThat(readiness.handle().status()).isEqualTo(503);
    assertThat(readiness.handle().body()).startsWith(
        "{\"status\":\"DOWN\",\"checks\":{\"lifecycle\":\"STOPPING\",\"database\":{\"status\":\"UP\"");
  }

  @Test
  void startup_answers_503_until_started_then_200_for_good() {
    StartupEndpoint startup = new StartupEndpoint(lifecycle);
    Response whileStarting = startup.handle();
    lifecycle.markServing();
    Response whileServing = startup.handle();
    lifecycle.markStopping();
    Response whileStopping = startup.handle();

    assertThat(whileStarting.status()).isEqualTo(503);
    assertThat(whileStarting.body()).isEqualTo("{\"status\":\"DOWN\"}");
    assertThat(whileServing.status()).isEqualTo(200);
    assertThat(whileStopping.status()).isEqualTo(200);
  }

  @Test
  void liveness_is_up_whatever_the_dependencies_say() {
    Response response = new LivenessEndpoint().handle();

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
  }

  private ReadinessEndpoint readiness(HealthCheck... checks) {
    monitor = new HealthMonitor(List.of(checks), HOURLY, CLOCK);
    monitor.start();
    return new ReadinessEndpoint(lifecycle, monitor, guards);
  }
}
