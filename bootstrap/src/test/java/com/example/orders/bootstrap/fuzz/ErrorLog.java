package com.example.orders.bootstrap.fuzz;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The service's ERROR log lines while the fuzz runs: an ERROR means an unexpected failure (a 500,
 * or a client's hang-up taken for one), which no request, however hostile, may cause.
 */
final class ErrorLog extends AppenderBase<ILoggingEvent> {

  private final List<String> errors = new ArrayList<>();

  static ErrorLog attach() {
    ErrorLog log = new ErrorLog();
    log.setName("fuzz-errors");
    log.start();
    root().addAppender(log);
    return log;
  }

  void detach() {
    root().detachAppender(this);
    stop();
  }

  @Override
  protected synchronized void append(ILoggingEvent event) {
    if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
      errors.add(
          event.getLoggerName()
              + ": "
              + event.getFormattedMessage()
              + (event.getThrowableProxy() == null
                  ? ""
                  : " (" + event.getThrowableProxy().getClassName() + ")"));
    }
  }

  /** The ERROR lines logged since the last call. */
  synchronized List<String> drain() {
    List<String> logged = List.copyOf(errors);
    errors.clear();
    return logged;
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
