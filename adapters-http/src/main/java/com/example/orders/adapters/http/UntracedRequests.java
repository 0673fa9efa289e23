package com.example.orders.adapters.http;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.api.trace.TraceId;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Tracing off: no span, but the request still has a W3C trace context in the logging context, a
 * caller's trace continued with a new span id for this service, so that its log lines and the
 * events it raises can be followed across services. Costs the propagator's parse of the header,
 * two random ids and three strings.
 */
final class UntracedRequests implements RequestTracing {

  /** A new trace is marked sampled, as before tracing existed: downstream services decide. */
  private static final String SAMPLED = "01";

  private final W3CTraceContextPropagator propagator = W3CTraceContextPropagator.getInstance();

  @Override
  public RequestTrace begin(HttpServletRequest request) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String spanId = SpanId.fromLong(nonZero(random));
    SpanContext caller = request.getHeader(TraceLogContext.TRACEPARENT) == null
        ? SpanContext.getInvalid()
        : Span.fromContext(propagator.extract(Context.root(), request, RequestHeaders.INSTANCE))
            .getSpanContext();
    if (caller.isValid()) {
      TraceLogContext.enter(caller.getTraceId(), spanId, caller.getTraceFlags().asHex());
    } else {
      TraceLogContext.enter(TraceId.fromLongs(random.nextLong(), nonZero(random)), spanId, SAMPLED);
    }
    return RequestTrace.UNTRACED;
  }

  private static long nonZero(ThreadLocalRandom random) {
    long value;
    do {
      value = random.nextLong();
    } while (value == 0);
    return value;
  }
}
