package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static com.example.orders.bootstrap.http.Bodies.newOrder;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The server span of every request (ADR 0032), as an in-memory exporter receives it from the
 * real service: its name and attributes by the HTTP semantic conventions, a caller's trace
 * continued, the trace in the request's log lines and in the latency histogram's exemplars.
 */
class TracingHttpTest {

  private static final Duration SPAN_WAIT = Duration.ofSeconds(10);
  private static final String CALLER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String CALLER_SPAN = "00f067aa0ba902b7";
  private static final String ACCESS_LOG = "com.example.orders.adapters.http.RequestTracking";

  private static RecordedSpans spans;
  private static ApiService service;
  private static ApiClient api;
  private static String token;

  @BeforeAll
  static void startTracedService() {
    spans = RecordedSpans.create();
    service = ApiService.start(Map.of(), spans.telemetry());
    api = service.client();
    String tenant = ApiService.newTenant();
    token = service.token(tenant, READ, WRITE);
  }

  @AfterAll
  static void stop() {
    try {
      service.close();
    } finally {
      spans.close();
    }
  }

  @BeforeEach
  void forgetEarlierSpans() {
    spans.reset();
  }

  @Test
  void a_request_makes_one_server_span_named_after_its_route_template() {
    String location = createOrder();
    spans.reset();

    ApiResponse read = api.get(location).token(token).header("User-Agent", "orders-test/1.0")
        .send();

    assertThat(read.status()).isEqualTo(200);
    SpanData span = serverSpan("GET /api/v1/orders/{id}");
    assertThat(span.getKind()).isEqualTo(SpanKind.SERVER);
    assertThat(span.getParentSpanContext().isValid()).isFalse();
    assertThat(span.getInstrumentationScopeInfo().getName())
        .isEqualTo("com.example.orders.adapters.http");
    assertThat(span.getAttributes().asMap()).containsAllEntriesOf(Map.of(
        AttributeKey.stringKey("http.request.method"), "GET",
        AttributeKey.stringKey("http.route"), "/api/v1/orders/{id}",
        AttributeKey.stringKey("url.path"), location,
        AttributeKey.stringKey("url.scheme"), "http",
        AttributeKey.longKey("http.response.status_code"), 200L,
        AttributeKey.stringKey("server.address"), "127.0.0.1",
        AttributeKey.longKey("server.port"), (long) service.port(),
        AttributeKey.stringKey("user_agent.original"), "orders-test/1.0",
        AttributeKey.stringKey("client.address"), "127.0.0.1"));
    assertThat(span.getAttributes().get(AttributeKey.stringKey("error.type"))).isNull();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(spans.finished()).filteredOn(each -> each.getKind() == SpanKind.SERVER).hasSize(1);
  }

  @Test
  void a_query_is_recorded_apart_from_the_path() {
    api.get("/api/v1/orders?limit=5").token(token).send();

    SpanData span = serverSpan("GET /api/v1/orders");
    assertThat(span.getAttributes().get(AttributeKey.stringKey("url.path")))
        .isEqualTo("/api/v1/orders");
    assertThat(span.getAttributes().get(AttributeKey.stringKey("url.query"))).isEqualTo("limit=5");
  }

  @Test
  void an_incoming_traceparent_is_continued() {
    ApiResponse response = api.get("/api/v1/orders").token(token)
        .header("traceparent", "00-" + CALLER_TRACE + "-" + CALLER_SPAN + "-01")
        .header("tracestate", "vendor=abc")
        .send();

    assertThat(response.status()).isEqualTo(200);
    SpanData span = serverSpan("GET /api/v1/orders");
    assertThat(span.getTraceId()).isEqualTo(CALLER_TRACE);
    assertThat(span.getParentSpanId()).isEqualTo(CALLER_SPAN);
    assertThat(span.getParentSpanContext().isRemote()).isTrue();
    assertThat(span.getSpanId()).isNotEqualTo(CALLER_SPAN);
    assertThat(span.getSpanContext().getTraceState().get("vendor")).isEqualTo("abc");
  }

  @Test
  void a_malformed_traceparent_starts_a_new_trace_without_an_error() {
    for (String malformed : List.of(
        "00-" + CALLER_TRACE + "-" + CALLER_SPAN,                       // no flags
        "00-00000000000000000000000000000000-" + CALLER_SPAN + "-01",   // invalid trace id
        "00-" + CALLER_TRACE.toUpperCase() + "-" + CALLER_SPAN + "-01", // upper case
        "garbage")) {
      spans.reset();

      ApiResponse response =
          api.get("/api/v1/orders").token(token).header("traceparent", malformed).send();

      assertThat(response.status()).as(malformed).isEqualTo(200);
      SpanData span = serverSpan("GET /api/v1/orders");
      assertThat(span.getParentSpanContext().isValid()).as(malformed).isFalse();
      assertThat(span.getTraceId()).as(malformed).isNotEqualTo(CALLER_TRACE)
          .matches("[0-9a-f]{32}");
    }
  }

  @Test
  void a_request_no_route_matches_is_named_by_its_method_alone() {
    ApiResponse response = api.get("/api/v1/nothing-here").token(token).send();

    assertThat(response.status()).isEqualTo(404);
    SpanData span = serverSpan("GET");
    assertThat(span.getAttributes().get(AttributeKey.stringKey("http.route"))).isNull();
    assertThat(span.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
        .isEqualTo(404L);
    // the client's mistake, not the server's
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
  }

  @Test
  void the_log_lines_of_a_request_carry_its_trace_and_span_ids() {
    Logger accessLog = (Logger) LoggerFactory.getLogger(ACCESS_LOG);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    Level before = accessLog.getLevel();
    accessLog.setLevel(Level.DEBUG);
    accessLog.addAppender(captured);
    try {
      api.get("/api/v1/orders").token(token).header("X-Request-Id", "trace-in-logs-1")
          .header("traceparent", "00-" + CALLER_TRACE + "-" + CALLER_SPAN + "-01").send();
    } finally {
      accessLog.detachAppender(captured);
      accessLog.setLevel(before);
    }

    SpanData span = serverSpan("GET /api/v1/orders");
    assertThat(captured.list)
        .filteredOn(line -> "trace-in-logs-1".equals(line.getMDCPropertyMap().get("requestId")))
        .singleElement()
        .satisfies(line -> assertThat(line.getMDCPropertyMap()).containsAllEntriesOf(Map.of(
            "trace_id", CALLER_TRACE,
            "span_id", span.getSpanId(),
            "traceparent", "00-" + CALLER_TRACE + "-" + span.getSpanId() + "-01")));
  }

  @Test
  void latency_buckets_carry_the_trace_ids_of_requests_as_openmetrics_exemplars()
      throws IOException, InterruptedException {
    // the only request of this class with that route and status: its series' first observation,
    // which a bucket always keeps as its exemplar
    ApiResponse missing = api.get("/api/v1/orders/" + UUID.randomUUID()).token(token).send();
    assertThat(missing.status()).isEqualTo(404);
    SpanData read = serverSpan("GET /api/v1/orders/{id}");

    HttpResponse<String> openMetrics = metrics("application/openmetrics-text; version=1.0.0");
    HttpResponse<String> prometheusText = metrics("text/plain");

    assertThat(openMetrics.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type).startsWith("application/openmetrics-text"));
    Matcher exemplar = Pattern.compile("http_server_request_duration_seconds_bucket\\{[^}]*"
        + "route=\"/api/v1/orders/\\{id}\",status=\"404\"[^}]*} \\d+ # \\{span_id=\"([0-9a-f]{16})\","
        + "trace_id=\"([0-9a-f]{32})\"}").matcher(openMetrics.body());
    assertThat(exemplar.find()).as(openMetrics.body()).isTrue();
    assertThat(exemplar.group(2)).isEqualTo(read.getTraceId());
    assertThat(exemplar.group(1)).isEqualTo(read.getSpanId());
    assertThat(prometheusText.body()).contains("http_server_request_duration_seconds_bucket")
        .doesNotContain("trace_id=");
  }

  private static String createOrder() {
    ApiResponse created = api.post("/api/v1/orders").token(token).json(newOrder("EUR")).send();
    assertThat(created.status()).isEqualTo(201);
    return created.header("Location").orElseThrow();
  }

  /** The one server span of that name: it ends just after the response, so it may take a moment. */
  private static SpanData serverSpan(String name) {
    return spans.await(finished -> finished.stream().anyMatch(span -> span.getName().equals(name)
            && span.getKind() == SpanKind.SERVER), SPAN_WAIT)
        .stream().filter(span -> span.getName().equals(name) && span.getKind() == SpanKind.SERVER)
        .reduce((first, second) -> {
          throw new AssertionError("more than one server span named " + name);
        })
        .orElseThrow();
  }

  private static HttpResponse<String> metrics(String accept)
      throws IOException, InterruptedException {
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + service.port() + "/metrics"))
              .header("Accept", accept).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }
}
