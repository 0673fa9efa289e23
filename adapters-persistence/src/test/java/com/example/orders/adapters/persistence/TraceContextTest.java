package com.example.orders.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.application.port.EventEnvelope;
import com.example.orders.domain.shared.TenantId;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** Which trace an appended event is stamped with (ADR 0033). */
class TraceContextTest {

  private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String SPAN = "00f067aa0ba902b7";
  private static final String LOGGED = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

  private final EventEnvelope event = new EventEnvelope(UUID.randomUUID(), "order.placed",
      "order", UUID.randomUUID(), new TenantId("acme"), 2, Instant.now(), 1, Map.of());

  @AfterEach
  void clearLoggingContext() {
    MDC.clear();
  }

  @Test
  void the_current_span_is_the_events_parent_before_the_logging_context() {
    MDC.put(TraceContext.MDC_KEY, LOGGED);
    Span running = Span.wrap(SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(),
        TraceState.getDefault()));
    try (Scope scope = running.makeCurrent()) {
      assertThat(TraceContext.of(event)).contains("00-" + TRACE + "-" + SPAN + "-01");
    }
  }

  @Test
  void without_a_span_the_logging_contexts_traceparent_is_kept() {
    MDC.put(TraceContext.MDC_KEY, LOGGED);

    assertThat(TraceContext.of(event)).contains(LOGGED);
  }

  @Test
  void an_unsampled_span_is_stamped_as_unsampled_so_the_relay_does_not_record_it_either() {
    Span running = Span.wrap(SpanContext.create(TRACE, SPAN, TraceFlags.getDefault(),
        TraceState.getDefault()));
    try (Scope scope = running.makeCurrent()) {
      assertThat(TraceContext.of(event)).contains("00-" + TRACE + "-" + SPAN + "-00");
    }
  }

  @Test
  void an_event_that_has_a_trace_keeps_it_and_none_at_all_gives_none() {
    assertThat(TraceContext.of(event.withTraceParent(LOGGED))).contains(LOGGED);
    assertThat(TraceContext.of(event)).isEmpty();
  }
}
