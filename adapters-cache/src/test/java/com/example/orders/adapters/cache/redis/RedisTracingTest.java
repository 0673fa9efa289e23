package com.example.orders.adapters.cache.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.cache.testing.TestRedis;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Redis spans on a real Redis: one per command inside a trace, none outside, never a key. */
class RedisTracingTest {

  private static final String KEY = "tenant-4711:secret-key";
  private static final String VALUE = "customer-ada@example.com";

  private final TestRedis redis = TestRedis.create();
  private final InMemorySpanExporter exported = InMemorySpanExporter.create();
  private final OpenTelemetrySdk telemetry = OpenTelemetrySdk.builder()
      .setTracerProvider(SdkTracerProvider.builder()
          .addSpanProcessor(SimpleSpanProcessor.create(exported)).build())
      .build();
  private final RedisExpiringCache cache = new RedisExpiringCache(
      RedisClients.pooled(redis.settings()), redis.keyPrefix() + ":traced",
      CircuitBreaker.ofDefaults("cache"), RedisTracing.of(telemetry, redis.settings()));

  @AfterEach
  void cleanUp() {
    cache.close();
    redis.close();
    telemetry.close();
  }

  @Test
  void each_command_inside_a_trace_is_a_client_span_that_names_neither_key_nor_value() {
    Span request = telemetry.getTracer("test").spanBuilder("request").startSpan();
    try (Scope scope = request.makeCurrent()) {
      cache.put(KEY, VALUE, Duration.ofSeconds(30));
      assertThat(cache.find(KEY)).contains(VALUE);
    } finally {
      request.end();
    }

    List<SpanData> commands = exported.getFinishedSpanItems().stream()
        .filter(span -> span.getKind() == SpanKind.CLIENT).toList();
    assertThat(commands).extracting(SpanData::getName).containsExactly("SET", "GET");
    assertThat(commands).allSatisfy(span -> {
      assertThat(span.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
      assertThat(span.getAttributes().get(AttributeKey.stringKey("db.system.name")))
          .isEqualTo("redis");
      assertThat(span.getAttributes().get(AttributeKey.stringKey("db.operation.name")))
          .isEqualTo(span.getName());
      assertThat(span.getAttributes().get(AttributeKey.stringKey("server.address")))
          .isEqualTo(redis.settings().host());
      assertThat(span.getAttributes().asMap().values()).noneSatisfy(value ->
          assertThat(value.toString()).containsAnyOf("tenant-4711", "secret-key", "ada@"));
    });
  }

  @Test
  void a_command_outside_any_trace_makes_no_span() {
    cache.put(KEY, VALUE, Duration.ofSeconds(30));
    assertThat(cache.find(KEY)).contains(VALUE);

    assertThat(exported.getFinishedSpanItems()).isEmpty();
  }
}
