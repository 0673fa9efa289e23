package com.example.orders.bootstrap.observability;

import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.slf4j.LoggerFactory;

/**
 * The OpenTelemetry SDK logs through {@code java.util.logging}, e.g. "Failed to export spans"
 * while the collector is away (throttled by the SDK). Left alone, those lines would reach stderr
 * as plain text beside the service's JSON lines; this sends them, INFO and above, to the
 * service's log instead, under the SDK's logger names.
 */
final class OpenTelemetryLogs {

  /** Held here: {@code java.util.logging} keeps loggers weakly, and its handlers with them. */
  private static final Logger SDK = Logger.getLogger("io.opentelemetry");
  private static boolean forwarding;

  private OpenTelemetryLogs() {}

  static synchronized void forwardToSlf4j() {
    if (forwarding) {
      return;
    }
    SDK.setUseParentHandlers(false);
    SDK.setLevel(Level.INFO);
    SDK.addHandler(new Forwarder());
    forwarding = true;
  }

  private static final class Forwarder extends Handler {

    private final Formatter messages = new SimpleFormatter();

    @Override
    public void publish(LogRecord line) {
      org.slf4j.Logger logger = LoggerFactory.getLogger(line.getLoggerName());
      String message = messages.formatMessage(line);
      int level = line.getLevel().intValue();
      if (level >= Level.SEVERE.intValue()) {
        logger.error(message, line.getThrown());
      } else if (level >= Level.WARNING.intValue()) {
        logger.warn(message, line.getThrown());
      } else {
        logger.info(message, line.getThrown());
      }
    }

    @Override
    public void flush() {
      // nothing buffered: each line is handed on at once
    }

    @Override
    public void close() {
      // the service's log outlives this handler
    }
  }
}
