package com.example.orders.adapters.http.auth.introspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.application.port.DependencyUnavailableException;
import com.example.orders.testsupport.IntrospectionServer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The introspection call as a CLIENT span whose context the request carries (ADR 0033). */
class IntrospectionTracingTest {

  private static final String TOKEN = "opaque-token-4711";

  private final IntrospectionServer server =
      IntrospectionServer.start(Answers.CLIENT_ID, Answers.CLIENT_SECRET);
  private final InMemorySpanExporter exported = InMemorySpanExporter.create();
  private final OpenTelemetrySdk telemetry = OpenTelemetrySdk.builder()
      .setTracerProvider(SdkTracerProvider.builder()
          .addSpanProcessor(SimpleSpanProcessor.create(exported)).build())
      .build();

  @AfterEach
  void stop() {
    server.close();
    telemetry.close();
  }

  @Test
  void a_call_is_a_client_span_child_of_the_request_and_its_traceparent_goes_out() {
    server.answer(TOKEN, Answers.active());
    HttpIntrospector introspector =
        new HttpIntrospector(Answers.settings(server.endpoint()), telemetry);
    Span request = telemetry.getTracer("test").spanBuilder("request").startSpan();
    try (Scope scope = request.makeCurrent()) {
      introspector.introspect(TOKEN);
    } finally {
      request.end();
    }

    SpanData call = exported.getFinishedSpanItems().stream()
        .filter(span -> span.getKind() == SpanKind.CLIENT).findFirst().orElseThrow();
    assertThat(call.getName()).isEqualTo("POST");
    assertThat(call.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
    assertThat(call.getAttributes().get(AttributeKey.stringKey("http.request.method")))
        .isEqualTo("POST");
    assertThat(call.getAttributes().get(AttributeKey.stringKey("url.full")))
        .isEqualTo(server.endpoint().toString());
    assertThat(call.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
        .isEqualTo(200L);
    assertThat(server.lastTraceParent()).hasValueSatisfying(traceParent -> assertThat(traceParent)
        .startsWith("00-" + call.getTraceId() + "-" + call.getSpanId() + "-"));
    assertThat(call.getAttributes().asMap().values()).noneSatisfy(value ->
        assertThat(value.toString()).containsAnyOf(TOKEN, Answers.CLIENT_SECRET));
  }

  @Test
  void a_refusal_of_our_credentials_is_a_failed_span_with_its_status() {
    HttpIntrospector wrongSecret = new HttpIntrospector(new IntrospectionSettings(
        server.endpoint(), Answers.CLIENT_ID, "wrong-secret", Duration.ofSeconds(10),
        Duration.ofMinutes(1), Duration.ofSeconds(5), Duration.ofSeconds(1)), telemetry);

    assertThatThrownBy(() -> wrongSecret.introspect(TOKEN))
        .isInstanceOf(DependencyUnavailableException.class);

    SpanData call = exported.getFinishedSpanItems().getFirst();
    assertThat(call.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
        .isEqualTo(401L);
    assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
  }
}
