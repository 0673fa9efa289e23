package com.example.orders.adapters.messaging.notification;

import com.example.orders.application.notification.Notice;
import com.example.orders.application.notification.Notifier;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link Notifier}: one structured log line per notice (kind, tenant, order, event),
 * with no customer data, so that the flow runs end to end before an e-mail adapter exists. Each
 * notice is a span ({@code notice send}, with its kind), the visible effect at the end of an
 * order's trace (ADR 0033); an e-mail adapter would make it a CLIENT span.
 */
public final class LoggingNotifier implements Notifier {

  private static final Logger log = LoggerFactory.getLogger(LoggingNotifier.class);
  private static final AttributeKey<String> KIND = AttributeKey.stringKey("orders.notice.kind");

  private final Tracer tracer;

  public LoggingNotifier() {
    this(OpenTelemetry.noop());
  }

  public LoggingNotifier(OpenTelemetry telemetry) {
    this.tracer = telemetry.getTracer("com.example.orders.notifications");
  }

  @Override
  public void send(Notice notice) {
    Span span = tracer.spanBuilder("notice send")
        .setAttribute(KIND, notice.kind().name())
        .startSpan();
    try (var scope = span.makeCurrent()) {
      log.atInfo()
          .addKeyValue("notice", notice.kind().name())
          .addKeyValue("tenant", notice.tenant().value())
          .addKeyValue("orderId", notice.orderId().toString())
          .addKeyValue("eventId", notice.eventId().toString())
          .log("notice sent");
    } finally {
      span.end();
    }
  }
}
