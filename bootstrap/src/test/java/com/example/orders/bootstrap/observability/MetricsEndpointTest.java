package com.example.orders.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.http.OperationalEndpoint.Response;
import io.opentelemetry.api.OpenTelemetry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MetricsEndpointTest {

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final HttpRequestMetrics requests = new HttpRequestMetrics(registry, OpenTelemetry.noop());
  private final MetricsEndpoint endpoint = new MetricsEndpoint(registry);

  @Test
  void observed_requests_are_exposed_per_method_route_template_and_status() {
    requests.observe("GET", "/api/v1/orders/{id}", 200, Duration.ofMillis(3).toNanos());
    requests.observe("GET", "/api/v1/orders/{id}", 200, Duration.ofMillis(40).toNanos());
    requests.observe("POST", "/api/v1/orders", 422, Duration.ofMillis(2).toNanos());

    Response response = endpoint.handle();

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("text/plain; version=0.0.4");
    assertThat(response.body())
        .contains("# TYPE http_server_request_duration_seconds histogram")
        .contains("http_server_request_duration_seconds_count"
            + "{method=\"GET\",route=\"/api/v1/orders/{id}\",status=\"200\"} 2")
        .contains("http_server_request_duration_seconds_bucket"
            + "{method=\"GET\",route=\"/api/v1/orders/{id}\",status=\"200\",le=\"0.005\"} 1")
        .contains("http_server_request_duration_seconds_count"
            + "{method=\"POST\",route=\"/api/v1/orders\",status=\"422\"} 1");
  }

  @Test
  void the_endpoint_serves_its_own_path() {
    assertThat(endpoint.path()).isEqualTo("/metrics");
  }
}
