package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static com.example.orders.bootstrap.http.Bodies.line;
import static com.example.orders.bootstrap.http.Bodies.newOrder;
import static com.example.orders.bootstrap.http.ErrorResponsesHttpTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.example.orders.adapters.http.problem.ProblemMapper;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Requests no well-behaved client sends, each one a defect once found by fuzzing: every answer is a
 * problem with the status it names, and none is a {@code 500} or changes anything it should not.
 */
@ExtendWith(SharedApiService.class)
class HostileRequestsHttpTest {

  private static final String ORDERS = "/api/v1/orders";

  private final ApiService service;
  private final ApiClient api;
  private final String token;

  HostileRequestsHttpTest(ApiService service) {
    this.service = service;
    this.api = service.client();
    this.token = service.token(ApiService.newTenant(), READ, WRITE);
  }

  @Test
  void a_content_type_that_is_only_a_semicolon_is_415_not_500() {
    ApiResponse response = api.post(ORDERS).token(token).body(";", newOrder("EUR")).send();

    assertProblem(response, 415, "request.unsupported-media-type");
  }

  @Test
  void a_charset_parameter_without_a_value_does_not_break_a_read() {
    ApiResponse response =
        api.get(ORDERS).token(token).header("Content-Type", "application/json; charset").send();

    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void a_malformed_percent_escape_in_the_query_is_400_invalid_parameter() {
    ApiResponse response =
        RawHttp.exchange(service.port(), request("GET", ORDERS + "?status=%zz", ""));

    assertRawProblem(response, 400);
    assertThat(response.code()).isEqualTo("request.invalid-parameter");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GET /api/v1/orders\\r\\n\\r\\n | 505",
        "GET /api/v1/orders HTTP/9.9\\r\\nHost: x\\r\\n\\r\\n | 505",
        "GET /api/v1/orders HTTP/1.1.1\\r\\nHost: x\\r\\n\\r\\n | 505",
        "DELETE /api/v1/orders/x/lines/X HTTP/1.1\\r\\nHost: x\\r\\nBad Header\\r\\n\\r\\n | 400",
        "DELETE /api/v1/orders/x/lines/X HTTP/1.1\\r"
            + "\\n"
            + "Host: x\\r"
            + "\\n"
            + "Expect: garbage\\r"
            + "\\n"
            + "\\r"
            + "\\n"
            + " | 417",
        "OPTIONS * HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n | 404",
        "PRI * HTTP/2.0\\r\\n\\r\\nSM\\r\\n\\r\\n | 426",
      })
  void malformed_http_is_answered_with_its_own_status_as_a_problem(String raw, int status) {
    ApiResponse response = RawHttp.exchange(service.port(), raw.strip().replace("\\r\\n", "\r\n"));

    assertRawProblem(response, status);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "GET /api/v1/orders/%uD800",
    "POST /api/v1/orders/%uD800/place",
    "DELETE /api/v1/orders/0190a6a0-0000-7000-8000-000000000001/lines/%u0041",
    "GET /api/v1/orders/..%2F..%2Fetc"
  })
  void an_escape_rfc_3986_does_not_know_in_the_path_is_400(String requestLine) {
    ApiResponse response = RawHttp.exchange(service.port(), request(requestLine, ""));

    assertRawProblem(response, 400);
  }

  @Test
  void a_websocket_upgrade_to_an_api_path_is_served_as_the_plain_request_it_also_is() {
    ApiResponse response =
        RawHttp.exchange(
            service.port(),
            request(
                "GET " + ORDERS,
                "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().has("items")).isTrue();
  }

  @Test
  void a_connect_with_conflicting_lengths_is_400_with_a_problem_body() {
    String request =
        "CONNECT 127.0.0.1:1 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n"
            + "Content-Length: 3\r\n\r\n{} ";

    assertRawProblem(RawHttp.exchange(service.port(), request), 400);
  }

  @Test
  void a_head_refused_before_routing_gets_the_problems_headers_and_no_body() throws Exception {
    String answer;
    try (Socket socket = new Socket("127.0.0.1", service.port())) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              "HEAD /api/v1/orders HTTP/1.1\r\nHost: x\r\nX-Ctl: a\u0001b\r\n\r\n"
                  .getBytes(StandardCharsets.ISO_8859_1));
      // the server closes the connection after a malformed request: all of the answer is here
      answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    assertThat(answer)
        .startsWith("HTTP/1.1 400 ")
        .contains("Content-Type: application/problem+json")
        .contains("X-Request-Id: ")
        .endsWith("\r\n\r\n");
  }

  @Test
  void headers_too_large_on_a_delete_are_431_with_a_problem_body() {
    String request =
        "DELETE /api/v1/orders/x/lines/X HTTP/1.1\r\nHost: x\r\nX-Big: "
            + "a".repeat(9_000)
            + "\r\n\r\n";

    assertRawProblem(RawHttp.exchange(service.port(), request), 431);
  }

  @Test
  void a_chunk_size_that_is_not_hex_is_400_and_logs_no_error() {
    String request =
        "POST /api/v1/orders HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
            + token
            + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "zz\r\n{}\r\n0\r\n\r\n";
    ListAppender<ILoggingEvent> errors = captureErrorsOf(ProblemMapper.class);
    ApiResponse response;
    try {
      response = RawHttp.exchange(service.port(), request);
    } finally {
      release(errors, ProblemMapper.class);
    }

    assertRawProblem(response, 400);
    assertThat(response.code()).isEqualTo("request.body-incomplete");
    assertThat(errors.list).filteredOn(event -> event.getLevel() == Level.ERROR).isEmpty();
  }

  @Test
  void a_client_that_disconnects_mid_body_is_counted_as_an_abort_not_as_a_500() throws Exception {
    double before = metric("http_server_client_aborts_total{");
    try (Socket socket = new Socket("127.0.0.1", service.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          (request("POST", ORDERS, "Content-Type: application/json\r\nContent-Length: 500\r\n")
                  + "{\"customer\":")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(200);
    }

    Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
    while (metric("http_server_client_aborts_total{") <= before
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
    assertThat(metric("http_server_client_aborts_total{")).isEqualTo(before + 1);
    assertThat(scrape()).doesNotContain("status=\"500\"");
  }

  @Test
  void a_get_with_a_method_override_header_does_not_place_the_order() {
    String order = ORDERS + "/" + create();

    ApiResponse response =
        api.get(order + "/place")
            .token(token)
            .ifMatch(1)
            .header("X-HTTP-Method-Override", "POST")
            .send();

    assertProblem(response, 405, "request.method-not-allowed");
    JsonNode unchanged = api.get(order).token(token).send().json();
    assertThat(unchanged.path("status").asString()).isEqualTo("DRAFT");
  }

  @Test
  void a_get_with_a_method_override_header_does_not_remove_a_line() {
    String order = ORDERS + "/" + create(line("BOOK-1", 1, 1500, "EUR"));

    ApiResponse response =
        api.get(order + "/lines/BOOK-1")
            .token(token)
            .ifMatch(1)
            .header("X-HTTP-Method-Override", "DELETE")
            .send();

    assertProblem(response, 405, "request.method-not-allowed");
    JsonNode unchanged = api.get(order).token(token).send().json();
    assertThat(unchanged.path("lines")).hasSize(1);
  }

  @Test
  void an_address_the_domain_accepts_is_one_the_api_document_accepts() {
    // every response is checked against openapi.yaml: its e-mail rule must be the domain's
    String body = newOrder("EUR").replace("ada@example.com", "hxududp@jf.example");

    ApiResponse created = api.post(ORDERS).token(token).json(body).send();

    assertThat(created.status()).isEqualTo(201);
  }

  @Test
  void a_name_is_measured_in_characters_not_in_utf16_units() {
    String twoHundredEmoji = "\uD83D\uDE00".repeat(200);

    ApiResponse accepted = api.post(ORDERS).token(token).json(withName(twoHundredEmoji)).send();
    ApiResponse refused =
        api.post(ORDERS).token(token).json(withName(twoHundredEmoji + "\uD83D\uDE00")).send();

    assertThat(accepted.status()).isEqualTo(201);
    assertThat(accepted.json().path("customer").path("name").asString()).isEqualTo(twoHundredEmoji);
    assertProblem(refused, 422, "request.validation-failed");
  }

  private String create(String... lines) {
    ApiResponse created = api.post(ORDERS).token(token).json(newOrder("EUR", lines)).send();
    assertThat(created.status()).isEqualTo(201);
    return created.id();
  }

  private static String withName(String name) {
    return newOrder("EUR").replace("Ada Lovelace", name);
  }

  private String request(String requestLine, String headers) {
    int space = requestLine.indexOf(' ');
    return request(requestLine.substring(0, space), requestLine.substring(space + 1), headers);
  }

  private String request(String method, String target, String headers) {
    return method
        + " "
        + target
        + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
        + token
        + "\r\n"
        + headers
        + "\r\n";
  }

  /** What every error must be, however early it was refused. */
  static void assertRawProblem(ApiResponse response, int status) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.mediaType()).hasValue("application/problem+json");
    assertThat(response.json().path("status").asInt()).isEqualTo(status);
    assertThat(response.header("X-Request-Id")).isPresent();
    SecurityHeadersHttpTest.assertSecurityHeaders(response);
  }

  private String scrape() {
    ApiResponse metrics =
        RawHttp.exchange(
            service.port(), "GET /metrics HTTP/1.1\r\nHost: x\r\n" + "Connection: close\r\n\r\n");
    assertThat(metrics.status()).isEqualTo(200);
    return metrics.body();
  }

  /** The sum of every sample whose line starts with {@code prefix}. */
  private double metric(String prefix) {
    return scrape()
        .lines()
        .filter(sample -> sample.startsWith(prefix))
        .mapToDouble(sample -> Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1)))
        .sum();
  }

  private static ListAppender<ILoggingEvent> captureErrorsOf(Class<?> source) {
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    ((Logger) LoggerFactory.getLogger(source)).addAppender(captured);
    return captured;
  }

  private static void release(ListAppender<ILoggingEvent> captured, Class<?> source) {
    ((Logger) LoggerFactory.getLogger(source)).detachAppender(captured);
  }
}
