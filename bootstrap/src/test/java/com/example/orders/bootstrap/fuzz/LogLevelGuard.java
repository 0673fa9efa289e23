package com.example.orders.bootstrap.fuzz;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * The log levels as the fuzz found them, put back after every request. The fuzz sets levels of
 * generated logger names through the admin API, and a short name that happens to be a real one
 * ({@code io} at {@code OFF}) would silence the {@link ErrorLog} for the rest of the run, or
 * flood the build at {@code TRACE}. After every request, not only those to the admin path: any
 * spelling of it may have reached it, and a look at a few hundred loggers costs nothing next to
 * a request.
 */
final class LogLevelGuard {

  private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
  private final Map<String, Level> levels = new HashMap<>();

  LogLevelGuard() {
    context.getLoggerList().forEach(logger -> levels.put(logger.getName(), logger.getLevel()));
  }

  /** Puts every level back as it was when the fuzz started. */
  void restore() {
    for (Logger logger : context.getLoggerList()) {
      // a logger made since has no level of its own to go back to
      Level level = levels.get(logger.getName());
      if (logger.getLevel() != level && !(level == null && isRoot(logger))) {
        logger.setLevel(level);
      }
    }
  }

  private static boolean isRoot(Logger logger) {
    return logger.getName().equals(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
