package com.example.orders.adapters.http.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Fetches of the identity provider's documents as CLIENT spans (ADR 0033). */
class TracedResourceRetrieverTest {

  private final AtomicReference<String> traceParent = new AtomicReference<>();
  private final HttpServer provider = provider();
  private final InMemorySpanExporter exported = InMemorySpanExporter.create();
  private final OpenTelemetrySdk telemetry = OpenTelemetrySdk.builder()
      .setTracerProvider(SdkTracerProvider.builder()
          .addSpanProcessor(SimpleSpanProcessor.create(exported)).build())
      .build();
  private final TracedResourceRetriever retriever = new TracedResourceRetriever(2_000, 2_000,
      64 * 1024, new OutboundHttpTracing(telemetry));

  @AfterEach
  void stop() {
    provider.stop(0);
    telemetry.close();
  }

  @Test
  void a_fetch_is_a_client_span_with_its_status_and_sends_its_traceparent() throws IOException {
    Span request = telemetry.getTracer("test").spanBuilder("request").startSpan();
    try (Scope scope = request.makeCurrent()) {
      assertThat(retriever.retrieveResource(url("/jwks")).getContent()).contains("keys");
    } finally {
      request.end();
    }

    SpanData fetch = exported.getFinishedSpanItems().getFirst();
    assertThat(fetch.getName()).isEqualTo("GET");
    assertThat(fetch.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
    assertThat(fetch.getAttributes().get(AttributeKey.stringKey("url.full")))
        .isEqualTo(url("/jwks").toString());
    assertThat(fetch.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
        .isEqualTo(200L);
    assertThat(traceParent.get()).startsWith("00-" + fetch.getTraceId() + "-" + fetch.getSpanId());
  }

  @Test
  void a_refused_fetch_records_the_status_and_fails_the_span() throws IOException {
    assertThatThrownBy(() -> retriever.retrieveResource(url("/missing")))
        .isInstanceOf(IOException.class);

    SpanData fetch = exported.getFinishedSpanItems().getFirst();
    assertThat(fetch.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
        .isEqualTo(404L);
    assertThat(fetch.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
  }

  private URL url(String path) throws IOException {
    return java.net.URI.create(
        "http://127.0.0.1:" + provider.getAddress().getPort() + path).toURL();
  }

  private HttpServer provider() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
      server.createContext("/", exchange -> {
        try (exchange) {
          traceParent.set(exchange.getRequestHeaders().getFirst("traceparent"));
          boolean jwks = exchange.getRequestURI().getPath().equals("/jwks");
          byte[] body = (jwks ? "{\"keys\":[]}" : "{}").getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(jwks ? 200 : 404, body.length);
          exchange.getResponseBody().write(body);
        }
      });
      server.start();
      return server;
    } catch (IOException failure) {
      throw new java.io.UncheckedIOException(failure);
    }
  }
}
