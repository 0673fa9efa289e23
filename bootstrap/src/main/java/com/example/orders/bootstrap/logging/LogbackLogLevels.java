package com.example.orders.bootstrap.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import com.example.orders.adapters.http.admin.LogLevels;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * The levels of logback's loggers (its {@code Level} named in full: the port's {@code Level}
 * shadows it here). Remembers each logger's own level from before its first
 * change, so that {@link #reset} gives back what logback.xml and {@code LOG_LEVEL} set.
 */
public final class LogbackLogLevels implements LogLevels {

  private final LoggerContext context;
  private final Map<String, Optional<LogLevels.Level>> startLevels = new ConcurrentHashMap<>();

  LogbackLogLevels(LoggerContext context) {
    this.context = context;
  }

  /** The levels of the process's logback. */
  public static LogbackLogLevels ofThisProcess() {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (!(factory instanceof LoggerContext context)) {
      throw new IllegalStateException("logging is not logback but " + factory.getClass());
    }
    return new LogbackLogLevels(context);
  }

  @Override
  public List<LoggerLevel> configured() {
    return context.getLoggerList().stream()
        .filter(logger -> logger.getLevel() != null)
        .sorted(Comparator.comparing((Logger logger) -> !isRoot(logger.getName()))
            .thenComparing(Logger::getName))
        .map(LogbackLogLevels::levelOf)
        .toList();
  }

  @Override
  public LoggerLevel of(String logger) {
    return levelOf(context.getLogger(logger));
  }

  @Override
  public synchronized LevelChange set(String logger, LogLevels.Level level) {
    return change(logger, Optional.of(level));
  }

  @Override
  public synchronized LevelChange reset(String logger) {
    Optional<LogLevels.Level> start = startLevels.get(name(logger));
    return start == null ? new LevelChange(of(logger), of(logger)) : change(logger, start);
  }

  /** Puts a logger back as it was before a change that could not be kept. */
  synchronized void restore(LoggerLevel before) {
    context.getLogger(before.logger()).setLevel(before.level().map(LogbackLogLevels::logback)
        .orElse(null));
  }

  private LevelChange change(String logger, Optional<LogLevels.Level> level) {
    Logger target = context.getLogger(logger);
    LoggerLevel before = levelOf(target);
    startLevels.putIfAbsent(before.logger(), before.level());
    // null: inherit (logback refuses it for the root, which always has a level to start with)
    target.setLevel(level.map(LogbackLogLevels::logback).orElse(null));
    return new LevelChange(before, levelOf(target));
  }

  private String name(String logger) {
    return context.getLogger(logger).getName();
  }

  private static LoggerLevel levelOf(Logger logger) {
    return new LoggerLevel(isRoot(logger.getName()) ? ROOT : logger.getName(),
        Optional.ofNullable(logger.getLevel()).map(LogbackLogLevels::api),
        api(logger.getEffectiveLevel()));
  }

  private static boolean isRoot(String name) {
    return name.equalsIgnoreCase(Logger.ROOT_LOGGER_NAME);
  }

  private static ch.qos.logback.classic.Level logback(LogLevels.Level level) {
    return ch.qos.logback.classic.Level.toLevel(level.name());
  }

  /** logback's ALL logs what TRACE does, the lowest level the API names. */
  private static LogLevels.Level api(ch.qos.logback.classic.Level level) {
    return level.toInt() <= ch.qos.logback.classic.Level.TRACE_INT
        ? LogLevels.Level.TRACE
        : LogLevels.Level.valueOf(level.levelStr);
  }
}
