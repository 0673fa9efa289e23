package com.example.orders.adapters.http;

import io.opentelemetry.api.trace.SpanContext;
import org.slf4j.MDC;

/**
 * The running request's trace in the logging context (MDC): {@code trace_id} and {@code span_id},
 * which the JSON log lines carry, and {@code traceparent}, which the outbox stamps on events.
 */
final class TraceLogContext {

  /** The W3C header, and the logging context's key under which the outbox finds it. */
  static final String TRACEPARENT = "traceparent";
  static final String TRACE_ID = "trace_id";
  static final String SPAN_ID = "span_id";

  private static final int TRACEPARENT_LENGTH = 55;

  private TraceLogContext() {}

  static void enter(SpanContext span) {
    enter(span.getTraceId(), span.getSpanId(), span.getTraceFlags().asHex());
  }

  static void enter(String traceId, String spanId, String flags) {
    MDC.put(TRACE_ID, traceId);
    MDC.put(SPAN_ID, spanId);
    MDC.put(TRACEPARENT, new StringBuilder(TRACEPARENT_LENGTH)
        .append("00-").append(traceId).append('-').append(spanId).append('-').append(flags)
        .toString());
  }

  static void clear() {
    MDC.remove(TRACE_ID);
    MDC.remove(SPAN_ID);
    MDC.remove(TRACEPARENT);
  }
}
