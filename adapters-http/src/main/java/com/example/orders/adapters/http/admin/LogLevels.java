package com.example.orders.adapters.http.admin;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The levels of the service's loggers, read and changed while it runs. The logging library is
 * bootstrap's business; this is all the admin API needs of it.
 */
public interface LogLevels {

  /** The levels a logger can be given, as the API names them. */
  enum Level {
    TRACE,
    DEBUG,
    INFO,
    WARN,
    ERROR,
    OFF
  }

  /** The name of the logger every other one inherits from. */
  String ROOT = "ROOT";

  /** The root logger first, then every logger with a level of its own, by name. */
  List<LoggerLevel> configured();

  /** One logger's level, whether or not it has one of its own. */
  LoggerLevel of(String logger);

  /** Gives {@code logger} a level of its own, from now on. */
  LevelChange set(String logger, Level level);

  /** Gives {@code logger} back the level it started with (none: it inherits). */
  LevelChange reset(String logger);

  /**
   * A logger's level.
   *
   * @param level its own, empty when it inherits
   * @param effectiveLevel the level it logs at: its own, or its nearest ancestor's
   */
  record LoggerLevel(String logger, Optional<Level> level, Level effectiveLevel) {

    public LoggerLevel {
      Objects.requireNonNull(logger, "logger");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(effectiveLevel, "effectiveLevel");
    }
  }

  /** A logger's level before and after a change. */
  record LevelChange(LoggerLevel before, LoggerLevel after) {}
}
