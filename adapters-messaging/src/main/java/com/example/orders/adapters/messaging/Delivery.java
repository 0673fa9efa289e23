package com.example.orders.adapters.messaging;

import com.example.orders.adapters.messaging.cloudevents.CloudEventJson;
import com.example.orders.adapters.messaging.cloudevents.MalformedEventException;
import com.example.orders.application.port.EventConsumer;
import com.example.orders.application.port.EventEnvelope;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One delivery of a message to a consumer, whatever the transport: read it, hand it over, and say
 * what is to become of it. A message that cannot be read, is too large or is of a type the
 * consumer does not take parks at once, since no retry could change that.
 */
public final class Delivery {

  private static final Logger log = LoggerFactory.getLogger(Delivery.class);
  private static final int MAX_REASON_LENGTH = 300;
  /**
   * The logging context's key for the trace: set while a handler runs, so that its log lines and
   * the events it raises belong to the trace of the change that raised this one.
   */
  private static final String TRACEPARENT = "traceparent";

  private Delivery() {}

  /** What the transport does with the message next. */
  public sealed interface Verdict {

    /** Handled: acknowledge it. */
    record Done() implements Verdict {}

    /** Failed: send it through the delay after the given attempt, then deliver it again. */
    record Retry(int attempt, Duration delay, String reason) implements Verdict {}

    /** Failed for good: park it with the reason. */
    record Park(int attempts, String reason) implements Verdict {}
  }

  /**
   * Delivers {@code body}, received for the {@code attempt}-th time (from 1), to {@code consumer}.
   * Never throws: every failure is a verdict.
   */
  public static Verdict deliver(EventConsumer consumer, byte[] body, int attempt,
      RetryPolicy retries, int maxMessageBytes) {
    if (body.length > maxMessageBytes) {
      return new Verdict.Park(0, "the message has " + body.length + " bytes, more than the "
          + maxMessageBytes + " accepted");
    }
    EventEnvelope event;
    try {
      event = CloudEventJson.read(body);
    } catch (MalformedEventException malformed) {
      return new Verdict.Park(0, "not a readable event: " + malformed.getMessage());
    }
    if (!consumer.eventTypes().contains(event.type())) {
      return new Verdict.Park(0, "the consumer does not take events of type " + event.type());
    }
    try (MDC.MDCCloseable eventId = MDC.putCloseable("eventId", event.id().toString());
        MDC.MDCCloseable tenant = MDC.putCloseable("tenant", event.tenant().value());
        MDC.MDCCloseable name = MDC.putCloseable("consumer", consumer.name());
        MDC.MDCCloseable trace = event.hasTraceParent()
            ? MDC.putCloseable(TRACEPARENT, event.traceParent()) : null) {
      try {
        consumer.consume(event);
        return new Verdict.Done();
      } catch (RuntimeException failure) {
        String reason = reason(failure);
        if (retries.retriesAfter(attempt)) {
          log.atInfo().addKeyValue("attempt", attempt).addKeyValue("reason", reason)
              .log("event handling failed, will retry");
          return new Verdict.Retry(attempt, retries.delayAfter(attempt), reason);
        }
        log.atWarn().addKeyValue("attempts", attempt).addKeyValue("reason", reason)
            .log("event handling failed for the last time, parking it");
        tellGaveUp(consumer, event, reason);
        return new Verdict.Park(attempt, reason);
      }
    }
  }

  private static void tellGaveUp(EventConsumer consumer, EventEnvelope event, String reason) {
    try {
      consumer.gaveUp(event, reason);
    } catch (RuntimeException failure) {
      log.atWarn().addKeyValue("reason", reason(failure)).log("telling the consumer it failed");
    }
  }

  /** The failure's type and message, cut short: enough for an operator, never a whole payload. */
  static String reason(RuntimeException failure) {
    String text = failure.getClass().getSimpleName()
        + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    return text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH) + "...";
  }
}
