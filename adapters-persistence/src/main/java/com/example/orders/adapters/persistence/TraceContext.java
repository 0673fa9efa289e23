package com.example.orders.adapters.persistence;

import com.example.orders.application.port.EventEnvelope;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.Optional;
import org.slf4j.MDC;

/**
 * The trace an appended event belongs to: its own; else the span running now (the request's
 * server span, a consumer's span), written as W3C {@code traceparent}, so that the relay's
 * publish continues that trace after the commit (ADR 0033); else, when no span is recording (no
 * tracing), the {@code traceparent} the HTTP adapter keeps in the logging context under {@value
 * #MDC_KEY}, so that logs still correlate.
 */
public final class TraceContext {

  /** The MDC key of the running work's W3C {@code traceparent}. */
  public static final String MDC_KEY = "traceparent";

  private TraceContext() {}

  public static Optional<String> of(EventEnvelope event) {
    if (event.hasTraceParent()) {
      return Optional.of(event.traceParent());
    }
    return current().or(() ->
        Optional.ofNullable(MDC.get(MDC_KEY)).filter(EventEnvelope::isTraceParent));
  }

  /** The current span's {@code traceparent} (W3C version 00); empty when no valid span is current. */
  static Optional<String> current() {
    SpanContext span = Span.current().getSpanContext();
    if (!span.isValid()) {
      return Optional.empty();
    }
    return Optional.of(
        "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex());
  }
}
