package com.example.orders.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;

/** The text line: time, level, logger, message, then key=value fields that are present. */
class TextLineLayoutTest {

  private static final Instant AT = Instant.parse("2026-12-02T14:21:03.123Z");

  private final LoggerContext context = new LoggerContext();
  private final TextLineLayout layout = new TextLineLayout(ZoneOffset.UTC);

  @Test
  void a_line_has_time_level_logger_message_and_the_events_key_values() {
    LoggingEvent event = event(Level.WARN,
        "com.example.orders.bootstrap.demo.DemoModeAnnouncement", "*** DEMO MODE *** try it");
    event.setMDCPropertyMap(Map.of());
    event.setKeyValuePairs(List.of(new KeyValuePair("demoMode", true),
        new KeyValuePair("demoToken", "eyJ.abc.def")));

    assertThat(layout.doLayout(event)).isEqualTo("14:21:03.123 WARN  "
        + "c.e.o.b.demo.DemoModeAnnouncement *** DEMO MODE *** try it demoMode=true"
        + " demoToken=eyJ.abc.def" + System.lineSeparator());
  }

  @Test
  void the_request_id_tenant_and_trace_id_follow_when_present_and_nothing_else_of_the_mdc() {
    LoggingEvent event = event(Level.INFO, "orders", "order placed");
    event.setMDCPropertyMap(Map.of("requestId", "req-1", "tenant", "acme",
        "trace_id", "4bf92f3577b34da6a3ce929d0e0e4736", "span_id", "00f067aa0ba902b7",
        "subject", "ada"));

    assertThat(layout.doLayout(event)).isEqualTo("14:21:03.123 INFO  orders order placed"
        + " requestId=req-1 tenant=acme trace_id=4bf92f3577b34da6a3ce929d0e0e4736"
        + System.lineSeparator());
  }

  @Test
  void a_stack_trace_follows_on_the_next_lines() {
    LoggingEvent event = event(Level.ERROR, "orders", "failed");
    event.setMDCPropertyMap(Map.of());
    event.setThrowableProxy(
        new ch.qos.logback.classic.spi.ThrowableProxy(new IllegalStateException("boom")));

    String[] lines = layout.doLayout(event).split(System.lineSeparator());

    assertThat(lines[0]).isEqualTo("14:21:03.123 ERROR orders failed");
    assertThat(lines[1]).isEqualTo("java.lang.IllegalStateException: boom");
    assertThat(lines[2]).startsWith("\tat ");
  }

  private LoggingEvent event(Level level, String loggerName, String message) {
    Logger logger = context.getLogger(loggerName);
    LoggingEvent event = new LoggingEvent(Logger.FQCN, logger, level, message, null, null);
    event.setTimeStamp(AT.toEpochMilli());
    return event;
  }
}
