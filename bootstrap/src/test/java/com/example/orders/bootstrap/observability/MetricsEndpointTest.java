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
  void a_scraper_that_accepts_open_metrics_gets_open_metrics_and_one_that_does_not_gets_text() {
    requests.observe("GET", "/api/v1/orders/{id}", 200, Duration.ofMillis(3).toNanos());

    // what Prometheus sends by default
    String prometheus = "application/openmetrics-text;version=1.0.0,"
        + "application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";
    Response open = endpoint.handle(header -> header.equals("Accept") ? prometheus : null);
    Response text = endpoint.handle(header -> header.equals("Accept") ? "text/plain" : null);

    assertThat(open.contentType()).startsWith("application/openmetrics-text; version=1.0.0");
    assertThat(open.body()).endsWith("# EOF\n")
        .contains("http_server_request_duration_seconds_count"
            + "{method=\"GET\",route=\"/api/v1/orders/{id}\",status=\"200\"} 1");
    assertThat(text.contentType()).startsWith("text/plain; version=0.0.4");
    assertThat(text.body()).doesNotContain("# EOF");
  }

  @Test
  void the_endpoint_serves_its_own_path() {
    assertThat(endpoint.path()).isEqualTo("/metrics");
  }
}
