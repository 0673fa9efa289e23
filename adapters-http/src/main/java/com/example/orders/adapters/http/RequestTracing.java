package com.example.orders.adapters.http;

import io.opentelemetry.api.OpenTelemetry;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The trace context of each request (ADR 0032): a caller's W3C {@code traceparent} and {@code
 * tracestate} are continued, a missing or malformed one starts a new trace. Either way the
 * request's context is in the logging context (MDC) for its whole duration: {@code trace_id} and
 * {@code span_id} for every log line, {@code traceparent} for the outbox, which stamps it on the
 * events the request raises so that consumers join the trace.
 */
interface RequestTracing {

  /**
   * Server spans when {@code telemetry} traces; otherwise only the propagation, which costs a
   * few small strings per request and no span.
   */
  static RequestTracing of(OpenTelemetry telemetry) {
    return telemetry == OpenTelemetry.noop()
        ? new UntracedRequests() : new ServerSpans(telemetry);
  }

  /**
   * Enters the request's trace context on this thread, until {@link RequestTrace#end}; the
   * caller calls that exactly once, on this thread.
   */
  RequestTrace begin(HttpServletRequest request);
}
