package com.example.orders.adapters.persistence;

import com.example.orders.application.port.EventEnvelope;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The trace an appended event belongs to: its own, or else the running request's, which the
 * HTTP adapter keeps in the logging context under {@value #MDC_KEY} (W3C trace context).
 */
public final class TraceContext {

  /** The MDC key of the running work's W3C {@code traceparent}. */
  public static final String MDC_KEY = "traceparent";

  private static final Pattern TRACE_PARENT =
      Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

  private TraceContext() {}

  public static Optional<String> of(EventEnvelope event) {
    if (event.hasTraceParent()) {
      return Optional.of(event.traceParent());
    }
    return Optional.ofNullable(MDC.get(MDC_KEY)).filter(TRACE_PARENT.asPredicate());
  }
}
