package com.example.orders.adapters.cache.redis;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.Scope;
import java.util.function.Supplier;

/**
 * Redis spans (ADR 0033): one CLIENT span per command the adapters send ({@code GET}, {@code
 * MGET}, {@code SET}, {@code EVAL}, {@code DEL}), named by the command, with {@code
 * db.system.name=redis}, {@code db.operation.name}, {@code db.namespace} (the database index),
 * {@code server.address} and {@code server.port}, and the failure's type when it failed.
 *
 * <p>What is <b>not</b> recorded: keys and values. Keys name tenants and orders (the cache),
 * hashes of bearer tokens (introspection) and callers (rate limits); values hold orders and
 * token answers. A span says which command ran, against which Redis, for how long and whether it
 * failed; that is all an operator needs from it.
 *
 * <p>Like SQL spans, Redis spans join a trace and never start one (the eviction retries in the
 * background would make a trace each); with tracing off nothing is built at all.
 */
public final class RedisTracing {

  private static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("db.system.name");
  private static final AttributeKey<String> OPERATION =
      AttributeKey.stringKey("db.operation.name");
  private static final AttributeKey<String> NAMESPACE = AttributeKey.stringKey("db.namespace");
  private static final AttributeKey<String> ADDRESS = AttributeKey.stringKey("server.address");
  private static final AttributeKey<Long> PORT = AttributeKey.longKey("server.port");
  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  private static final RedisTracing NONE = new RedisTracing(null, null);

  private final Tracer tracer;
  private final RedisSettings settings;

  private RedisTracing(Tracer tracer, RedisSettings settings) {
    this.tracer = tracer;
    this.settings = settings;
  }

  /** Spans for the commands sent to the Redis of {@code settings}. */
  public static RedisTracing of(OpenTelemetry telemetry, RedisSettings settings) {
    if (telemetry.getTracerProvider() == TracerProvider.noop()) {
      return NONE;
    }
    return new RedisTracing(telemetry.getTracer("com.example.orders.redis"), settings);
  }

  /** No spans. */
  public static RedisTracing none() {
    return NONE;
  }

  /** Runs {@code command}, the Redis command {@code operation}, in a span when inside a trace. */
  public <T> T call(String operation, Supplier<T> command) {
    if (tracer == null || !Span.current().getSpanContext().isValid()) {
      return command.get();
    }
    Span span = tracer.spanBuilder(operation)
        .setSpanKind(SpanKind.CLIENT)
        .setAttribute(SYSTEM, "redis")
        .setAttribute(OPERATION, operation)
        .setAttribute(NAMESPACE, Integer.toString(settings.database()))
        .setAttribute(ADDRESS, settings.host())
        .setAttribute(PORT, (long) settings.port())
        .startSpan();
    try (Scope scope = span.makeCurrent()) {
      return command.get();
    } catch (RuntimeException failure) {
      span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
      span.setAttribute(ERROR_TYPE, failure.getClass().getName());
      throw failure;
    } finally {
      span.end();
    }
  }
}
