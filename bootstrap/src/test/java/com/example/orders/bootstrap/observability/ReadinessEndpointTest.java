package com.example.orders.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.http.OperationalEndpoint.Response;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadinessEndpointTest {

  private final Lifecycle lifecycle = new Lifecycle();

  @Test
  void a_serving_service_whose_checks_pass_is_ready() {
    lifecycle.markServing();
    ReadinessEndpoint readiness = new ReadinessEndpoint(lifecycle, Set.of(
        new HealthCheck("database", () -> true)));

    Response response = readiness.handle();

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/json");
    assertThat(response.body())
        .isEqualTo("{\"status\":\"UP\",\"checks\":{\"lifecycle\":\"UP\",\"database\":\"UP\"}}");
  }

  @Test
  void a_failing_check_makes_the_service_unready_and_is_named() {
    lifecycle.markServing();
    ReadinessEndpoint readiness = new ReadinessEndpoint(lifecycle, Set.of(
        new HealthCheck("database", () -> false), new HealthCheck("broker", () -> true)));

    Response response = readiness.handle();

    assertThat(response.status()).isEqualTo(503);
    assertThat(response.body()).isEqualTo("{\"status\":\"DOWN\",\"checks\":"
        + "{\"lifecycle\":\"UP\",\"broker\":\"UP\",\"database\":\"DOWN\"}}");
  }

  @Test
  void a_service_still_starting_is_not_ready() {
    ReadinessEndpoint readiness = new ReadinessEndpoint(lifecycle, Set.of());

    assertThat(readiness.handle().status()).isEqualTo(503);
    assertThat(readiness.handle().body())
        .isEqualTo("{\"status\":\"DOWN\",\"checks\":{\"lifecycle\":\"STARTING\"}}");
  }

  @Test
  void a_stopping_service_is_not_ready_even_when_its_dependencies_are() {
    lifecycle.markServing();
    lifecycle.markStopping();
    ReadinessEndpoint readiness = new ReadinessEndpoint(lifecycle, Set.of(
        new HealthCheck("database", () -> true)));

    assertThat(readiness.handle().status()).isEqualTo(503);
    assertThat(readiness.handle().body()).isEqualTo(
        "{\"status\":\"DOWN\",\"checks\":{\"lifecycle\":\"STOPPING\",\"database\":\"UP\"}}");
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
}
