package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static com.example.orders.bootstrap.http.Bodies.line;
import static com.example.orders.bootstrap.http.Bodies.newOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Body size per route group (HTTP_MAX_REQUEST_BYTES_READ, _WRITE, _ADMIN) against the running
 * service: the group's limit applies beneath the server-wide one ({@value
 * ApiService#MAX_REQUEST_BYTES} bytes here).
 */
class BodyLimitsHttpTest {

  private static final int WRITE_LIMIT = 2_048;

  private static ApiService service;
  private static String token;

  @BeforeAll
  static void start() {
    service = ApiService.start(Map.of("HTTP_MAX_REQUEST_BYTES_WRITE", Integer.toString(WRITE_LIMIT)));
    token = service.token(ApiService.newTenant(), READ, WRITE);
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void a_change_whose_declared_body_exceeds_its_group_limit_is_413_before_authentication() {
    String body = padded(WRITE_LIMIT + 1);

    ApiResponse anonymous = service.client().post("/api/v1/orders").json(body).send();
    ApiResponse authenticated = service.client().post("/api/v1/orders").token(token).json(body)
        .send();

    assertThat(anonymous.status()).isEqualTo(413);
    assertThat(anonymous.code()).isEqualTo("request.too-large");
    assertThat(anonymous.json().get("detail").asText()).contains(Integer.toString(WRITE_LIMIT));
    assertThat(authenticated.status()).isEqualTo(413);
  }

  @Test
  void a_change_whose_body_comes_in_chunks_beyond_its_group_limit_is_413() {
    String body = padded(WRITE_LIMIT + 500);
    String request = "POST /api/v1/orders HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        + Integer.toHexString(body.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + body
        + "\r\n0\r\n\r\n";

    ApiResponse response = RawHttp.exchange(service.port(), request);

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.code()).isEqualTo("request.too-large");
  }

  @Test
  void a_change_within_its_group_limit_reaches_the_route_in_chunks_too() {
    String body = newOrder("EUR", line("BOOK-1", 2, 1250, "EUR"));
    String request = "POST /api/v1/orders HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        + Integer.toHexString(body.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + body
        + "\r\n0\r\n\r\n";

    assertThat(service.client().post("/api/v1/orders").token(token).json(body).send().status())
        .isEqualTo(201);
    assertThat(RawHttp.exchange(service.port(), request).status()).isEqualTo(201);
  }

  @Test
  void a_read_takes_at_most_1_kib_of_body() {
    ApiResponse read = service.client().method("GET", "/api/v1/orders").token(token)
        .json(padded(1_025)).send();

    assertThat(read.status()).isEqualTo(413);
    assertThat(read.json().get("detail").asText()).contains("1024");
  }

  /** A JSON object of exactly {@code bytes} bytes. */
  private static String padded(int bytes) {
    String start = "{\"pad\":\"";
    String end = "\"}";
    return start + "x".repeat(bytes - start.length() - end.length()) + end;
  }
}
