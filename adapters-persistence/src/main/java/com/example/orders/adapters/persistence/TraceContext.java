package com.example.orders.adapters.persistence;

import com.example.orders.application.port.EventEnvelope;
import java.util.Optional;
import org.slf4j.MDC;

/**
 * The trace an appended event belongs to: its own, or else the running request's, which the
 * HTTP adapter keeps in the logging context under {@value #MDC_KEY} (W3C trace context).
 */
public final class TraceContext {

  /** The MDC key of the running work's W3C {@code traceparent}. */
  public static final String MDC_KEY = "traceparent";

  private TraceContext() {}

  public static Optional<String> of(EventEnvelope event) {
    if (event.hasTraceParent()) {
      return Optional.of(event.traceParent());
    }
    return Optional.ofNullable(MDC.get(MDC_KEY)).filter(EventEnvelope::isTraceParent);
  }
}
