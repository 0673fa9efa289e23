package com.example.orders.adapters.persistence;

import com.example.orders.application.port.EventEnvelope;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapSetter;
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

  private static final TextMapSetter<String[]> FIRST_TRACEPARENT = (carrier, key, value) -> {
    if ("traceparent".equals(key)) {
      carrier[0] = value;
    }
  };

  private TraceContext() {}

  public static Optional<String> of(EventEnvelope event) {
    if (event.hasTraceParent()) {
      return Optional.of(event.traceParent());
    }
    return current().or(() ->
        Optional.ofNullable(MDC.get(MDC_KEY)).filter(EventEnvelope::isTraceParent));
  }

  /** The current span's {@code traceparent}; empty when no valid span is current. */
  static Optional<String> current() {
    Context context = Context.current();
    SpanContext span = Span.fromContext(context).getSpanContext();
    if (!span.isValid()) {
      return Optional.empty();
    }
    String[] traceParent = new String[1];
    W3CTraceContextPropagator.getInstance().inject(context, traceParent, FIRST_TRACEPARENT);
    return Optional.ofNullable(traceParent[0]).filter(EventEnvelope::isTraceParent);
  }
}
