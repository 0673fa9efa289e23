package com.example.orders.bootstrap.config;

import java.util.Objects;

/** Logging: the level of the service's own and its libraries' root logger. */
public record LoggingConfig(Level level) {

  /** The levels logback knows, by the names {@code LOG_LEVEL} accepts. */
  public enum Level {
    TRACE,
    DEBUG,
    INFO,
    WARN,
    ERROR,
    OFF
  }

  public LoggingConfig {
    Objects.requireNonNull(level, "level");
  }
}
