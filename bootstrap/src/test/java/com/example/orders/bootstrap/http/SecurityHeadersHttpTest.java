package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static com.example.orders.bootstrap.http.Bodies.newOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every response carries the headers that keep browsers safe, whatever answered it: the API, its
 * errors, the documentation, health, metrics, and Jetty before routing. CORS is off unless origins
 * are allowed, and then only for them.
 */
@ExtendWith(SharedApiService.class)
class SecurityHeadersHttpTest {

  private static final String APP = "https://app.example.com";

  private final ApiService service;
  private final ApiClient api;
  private final String token;

  SecurityHeadersHttpTest(ApiService service) {
    this.service = service;
    this.api = service.client();
    this.token = service.token(ApiService.newTenant(), READ, WRITE);
  }

  @Test
  void a_successful_api_answer_carries_them() {
    ApiResponse created = api.post("/api/v1/orders").token(token).json(newOrder("EUR")).send();

    assertThat(created.status()).isEqualTo(201);
    assertSecurityHeaders(created);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/api/v1/orders",
        "/api/v1/nothing-here",
        "/openapi.yaml",
        "/docs",
        "/health/live",
        "/health/ready",
        "/health/startup",
        "/metrics"
      })
  void every_kind_of_answer_carries_them(String path) {
    // health and metrics are for platforms, not in the API document: asked for without a client
    // that checks the answer against it
    ApiResponse response =
        RawHttp.exchange(
            service.port(),
            "GET " + path + " HTTP/1.1\r\nHost: x\r\n" + "Connection: close\r\n\r\n");

    assertSecurityHeaders(response);
  }

  @Test
  void the_documentation_gets_its_own_content_security_policy() {
    ApiResponse docs = api.get("/docs").send();

    assertThat(docs.header("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'")
        .contains("frame-ancestors 'none'");
  }

  @Test
  void an_answer_of_jetty_before_routing_carries_them() {
    ApiResponse refused =
        RawHttp.exchange(
            service.port(),
            "GET /health/live HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(9_000) + "\r\n\r\n");

    assertThat(refused.status()).isEqualTo(431);
    assertSecurityHeaders(refused);
  }

  @Test
  void cors_is_off_by_default() {
    ApiResponse preflight = RawHttp.exchange(service.port(), preflight(APP));

    assertThat(preflight.header("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void with_allowed_origins_cors_answers_them_and_nobody_else() {
    try (ApiService withCors = ApiService.start(Map.of("HTTP_CORS_ALLOWED_ORIGINS", APP))) {
      ApiResponse allowed = RawHttp.exchange(withCors.port(), preflight(APP));
      ApiResponse other = RawHttp.exchange(withCors.port(), preflight("https://evil.example"));
      ApiResponse read =
          withCors
              .client()
              .get("/api/v1/orders")
              .header("Origin", APP)
              .token(withCors.token(ApiService.newTenant(), READ))
              .send();

      assertThat(allowed.status()).isEqualTo(200);
      assertThat(allowed.header("Access-Control-Allow-Origin")).hasValue(APP);
      assertThat(allowed.header("Access-Control-Allow-Methods")).hasValue("POST");
      assertThat(other.header("Access-Control-Allow-Origin")).isEmpty();
      assertThat(read.header("Access-Control-Allow-Origin")).hasValue(APP);
      assertThat(read.header("Access-Control-Expose-Headers").orElseThrow())
          .contains("ETag")
          .contains("X-Request-Id");
    }
  }

  private static String preflight(String origin) {
    return "OPTIONS /api/v1/orders HTTP/1.1\r\nHost: x\r\nOrigin: "
        + origin
        + "\r\nAccess-Control-Request-Method: POST\r\n"
        + "Access-Control-Request-Headers: authorization, content-type\r\n\r\n";
  }

  /** The headers every response must carry, and the banner none may. */
  static void assertSecurityHeaders(ApiResponse response) {
    assertThat(response.header("Strict-Transport-Security"))
        .hasValue("max-age=31536000; includeSubDomains");
    assertThat(response.header("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.header("X-Frame-Options")).hasValue("DENY");
    assertThat(response.header("X-XSS-Protection")).hasValue("0");
    assertThat(response.header("Referrer-Policy")).hasValue("no-referrer");
    assertThat(response.header("Permissions-Policy").orElseThrow()).contains("camera=()");
    assertThat(response.header("Cross-Origin-Opener-Policy")).hasValue("same-origin");
    assertThat(response.header("Cross-Origin-Resource-Policy")).hasValue("same-origin");
    assertThat(response.header("Content-Security-Policy").orElseThrow())
        .startsWith("default-src 'none'");
    assertThat(response.header("Server")).as("a server banner").isEmpty();
  }
}
