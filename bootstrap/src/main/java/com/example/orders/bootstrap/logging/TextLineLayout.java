package com.example.orders.bootstrap.logging;

import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.slf4j.event.KeyValuePair;

/**
 * {@code LOG_FORMAT=text}: one line a person reads at a terminal: local time, level, the
 * logger's abbreviated name, the message, then the event's key-value pairs and the request's key
 * fields as {@code key=value} (only those present), and a stack trace on the lines after.
 *
 * <p>For example {@code 14:21:03.123 WARN  c.e.o.b.demo.DemoModeAnnouncement *** DEMO MODE ***
 * ... demoMode=true demoToken=eyJ...}: the token stands alone after {@code demoToken=}, to copy.
 */
public final class TextLineLayout extends LayoutBase<ILoggingEvent> {

  /** The MDC keys worth a person's attention: which request, whose, and its trace. */
  static final List<String> KEY_FIELDS = List.of("requestId", "tenant", "trace_id");

  private static final int LOGGER_LENGTH = 36;

  private final TargetLengthBasedClassNameAbbreviator abbreviator =
      new TargetLengthBasedClassNameAbbreviator(LOGGER_LENGTH);
  private final DateTimeFormatter time;

  /** Times in the machine's zone: the clock the person at the terminal reads. */
  public TextLineLayout() {
    this(ZoneId.systemDefault());
  }

  TextLineLayout(ZoneId zone) {
    this.time = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(zone);
  }

  @Override
  public String doLayout(ILoggingEvent event) {
    StringBuilder line = new StringBuilder(256);
    line.append(time.format(Instant.ofEpochMilli(event.getTimeStamp()))).append(' ');
    String level = event.getLevel().toString();
    line.append(level).append(" ".repeat(Math.max(1, 6 - level.length())));
    line.append(abbreviator.abbreviate(event.getLoggerName())).append(' ');
    line.append(event.getFormattedMessage());
    List<KeyValuePair> pairs = event.getKeyValuePairs();
    if (pairs != null) {
      pairs.forEach(pair -> line.append(' ').append(pair.key).append('=').append(pair.value));
    }
    Map<String, String> mdc = event.getMDCPropertyMap();
    for (String key : KEY_FIELDS) {
      String value = mdc.get(key);
      if (value != null && !value.isEmpty()) {
        line.append(' ').append(key).append('=').append(value);
      }
    }
    line.append(CoreConstants.LINE_SEPARATOR);
    IThrowableProxy thrown = event.getThrowableProxy();
    if (thrown != null) {
      line.append(ThrowableProxyUtil.asString(thrown)).append(CoreConstants.LINE_SEPARATOR);
    }
    return line.toString();
  }
}
