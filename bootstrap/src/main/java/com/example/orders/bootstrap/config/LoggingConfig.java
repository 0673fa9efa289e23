package com.example.orders.bootstrap.config;

import java.util.Objects;
import java.util.Optional;

/**
 * Logging: the level of the root logger, and the format of the lines.
 *
 * @param requestedFormat {@code LOG_FORMAT} when set; empty leaves the choice to {@link #format}
 */
public record LoggingConfig(
    Level level, Optional<Format> requestedFormat, AppEnvironment environment) {

  /** The levels logback knows, by the names {@code LOG_LEVEL} accepts. */
  public enum Level {
    TRACE,
    DEBUG,
    INFO,
    WARN,
    ERROR,
    OFF
  }

  /** How a log line looks, by the names {@code LOG_FORMAT} accepts. */
  public enum Format {
    /** One JSON object per line, for a log collector. */
    JSON,
    /** One compact line a person reads: time, level, logger, message, key fields. */
    TEXT
  }

  public LoggingConfig {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(requestedFormat, "requestedFormat");
    Objects.requireNonNull(environment, "environment");
  }

  /**
   * The format to write: {@code LOG_FORMAT} when set; else text only in development with the
   * standard streams on a terminal (a person is watching), and JSON everywhere else, so that a
   * container, a pipe or a file always gets what a collector can parse.
   *
   * @param terminal whether the process's console is a terminal ({@link Terminal#attached})
   */
  public Format format(boolean terminal) {
    return requestedFormat.orElse(
        environment == AppEnvironment.DEVELOPMENT && terminal ? Format.TEXT : Format.JSON);
  }
}
