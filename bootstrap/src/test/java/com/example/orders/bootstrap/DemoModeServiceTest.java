package com.example.orders.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.bootstrap.config.Config;
import com.example.orders.domain.shared.TenantId;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service with no external dependency at all: in-memory storage and the demo issuer. */
class DemoModeServiceTest {

  private static OrdersService service;

  @BeforeAll
  static void start() {
    service = OrdersService.start(Config.fromEnvironment(Map.of("PORT", "0")));
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void it_listens_on_a_free_port_when_asked_for_port_0() {
    assertThat(service.port()).isPositive();
  }

  @Test
  void liveness_startup_and_readiness_are_up() {
    assertThat(LocalHttp.get(service.port(), "/health/live"))
        .satisfies(response -> assertThat(response.statusCode()).isEqualTo(200))
        .satisfies(response -> assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}"));
    assertThat(LocalHttp.get(service.port(), "/health/startup").statusCode()).isEqualTo(200);
    HttpResponse<String> ready = LocalHttp.get(service.port(), "/health/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body())
        .matches("\\{\"status\":\"UP\",\"checks\":\\{\"lifecycle\":\"UP\","
            + "\"database\":\\{\"status\":\"UP\",\"ageMillis\":\\d+}},\"breakers\":\\{}}");
  }

  @Test
  void tokens_of_the_demo_issuer_open_the_api() {
    String token = service.demoTokenIssuer().orElseThrow().issue(
        new TenantId("demo"), "demo-user", Set.of("orders:read"), Duration.ofMinutes(5));

    HttpResponse<String> orders = LocalHttp.get(service.port(), "/api/v1/orders", token);

    assertThat(orders.statusCode()).isEqualTo(200);
  }

  @Test
  void the_api_refuses_requests_without_a_token() {
    assertThat(LocalHttp.get(service.port(), "/api/v1/orders").statusCode()).isEqualTo(401);
  }

  @Test
  void metrics_show_the_jvm_and_each_request_by_route_template() {
    String token = service.demoTokenIssuer().orElseThrow().issue(
        new TenantId("demo"), "demo-user", Set.of("orders:read"), Duration.ofMinutes(5));
    LocalHttp.get(service.port(), "/api/v1/orders/0195a1d2-7b3c-7def-8abc-0123456789ab", token);

    HttpResponse<String> metrics = LocalHttp.get(service.port(), "/metrics");

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/plain"));
    assertThat(metrics.body())
        .contains("jvm_memory_used_bytes{area=\"heap\"}")
        .contains("http_server_request_duration_seconds_count{method=\"GET\","
            + "route=\"/api/v1/orders/{id}\",status=\"404\"} 1")
        .doesNotContain("hikaricp_connections");
  }

  @Test
  void a_stopping_service_reports_not_ready_while_it_still_serves_its_grace_period() {
    OrdersService stopping = OrdersService.start(Config.fromEnvironment(
        Map.of("PORT", "0", "SHUTDOWN_GRACE_PERIOD", "2s")));
    int port = stopping.port();

    CompletableFuture<Void> closing = CompletableFuture.runAsync(stopping::close);
    HttpResponse<String> ready = LocalHttp.get(port, "/health/ready");
    while (ready.statusCode() == 200 && !closing.isDone()) {
      ready = LocalHttp.get(port, "/health/ready");
    }
    closing.join();

    assertThat(ready.statusCode()).isEqualTo(503);
    assertThat(ready.body()).contains("\"lifecycle\":\"STOPPING\"");
    assertThatThrownBy(() -> LocalHttp.get(port, "/health/live"))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void closing_twice_is_harmless() {
    OrdersService twice = OrdersService.start(Config.fromEnvironment(Map.of("PORT", "0")));
    int port = twice.port();

    twice.close();
    twice.close();

    assertThatThrownBy(() -> LocalHttp.get(port, "/health/live"))
        .isInstanceOf(UncheckedIOException.class);
  }
}
