package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/** What every response carries: a request id, security headers; and what the logs carry. */
@ExtendWith(SharedApiService.class)
class RequestTrackingHttpTest {

  private static final String ACCESS_LOG = "com.example.orders.adapters.http.RequestTracking";

  private final ApiService service;
  private final ApiClient api;

  RequestTrackingHttpTest(ApiService service) {
    this.service = service;
    this.api = service.client();
  }

  @Test
  void a_safe_request_id_from_the_caller_is_echoed() {
    ApiResponse response =
        api.get("/api/v1/orders").header("X-Request-Id", "checkout-42.retry_1").send();

    assertThat(response.header("X-Request-Id")).hasValue("checkout-42.retry_1");
    assertThat(response.json().path("requestId").asString()).isEqualTo("checkout-42.retry_1");
  }

  @Test
  void an_unsafe_request_id_is_replaced_by_a_generated_one() {
    ApiResponse response = api.get("/api/v1/orders").header("X-Request-Id", "<script>").send();

    assertThat(response.header("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
  }

  @Test
  void api_responses_carry_the_security_headers() {
    ApiResponse response =
        api.get("/api/v1/orders").token(service.token(ApiService.newTenant(), READ)).send();

    assertThat(response.header("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.header("X-Frame-Options")).hasValue("DENY");
    assertThat(response.header("Referrer-Policy")).hasValue("no-referrer");
    assertThat(response.header("Cache-Control")).hasValue("no-store");
    assertThat(response.header("Content-Security-Policy").orElseThrow())
        .startsWith("default-src 'none'");
  }

  @Test
  void the_log_lines_of_a_request_carry_its_id_tenant_and_subject() {
    Logger accessLog = (Logger) LoggerFactory.getLogger(ACCESS_LOG);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    Level before = accessLog.getLevel();
    accessLog.setLevel(Level.DEBUG);
    accessLog.addAppender(captured);
    String tenant = ApiService.newTenant();
    try {
      api.get("/api/v1/orders")
          .token(service.token(tenant, READ))
          .header("X-Request-Id", "mdc-check-1")
          .send();
    } finally {
      accessLog.detachAppender(captured);
      accessLog.setLevel(before);
    }

    assertThat(captured.list)
        .filteredOn(event -> "mdc-check-1".equals(event.getMDCPropertyMap().get("requestId")))
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.getMDCPropertyMap()).containsEntry("tenant", tenant);
              assertThat(event.getMDCPropertyMap()).containsEntry("subject", "user-of-" + tenant);
              assertThat(event.getFormattedMessage()).contains("GET /api/v1/orders 200");
            });
  }

  @Test
  void the_api_document_is_served_as_it_ships() throws IOException {
    ApiResponse response = api.get("/openapi.yaml").send();

    assertThat(response.status()).isEqualTo(200);
    try (InputStream shipped =
        getClass().getClassLoader().getResourceAsStream(OpenApiContract.DOCUMENT)) {
      assertThat(response.body())
          .isEqualTo(new String(shipped.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void the_documentation_ui_loads_only_its_own_files() {
    ApiResponse page = api.get("/docs").send();
    ApiResponse script = api.get("/docs/swagger-ui-bundle.js").send();
    ApiResponse notListed = api.get("/docs/oauth2-redirect.html").send();

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("/docs/swagger-initializer.js");
    assertThat(page.header("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
    assertThat(script.status()).isEqualTo(200);
    assertThat(script.header("Cache-Control")).hasValue("public, max-age=86400");
    assertThat(notListed.status()).isEqualTo(404);
  }
}
