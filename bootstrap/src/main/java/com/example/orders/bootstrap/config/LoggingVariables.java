package com.example.orders.bootstrap.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code LOG_LEVEL}, {@code LOG_FORMAT}. */
public final class LoggingVariables implements ConfigArea<LoggingConfig> {

  public static final LoggingVariables LOGGING = new LoggingVariables();

  private LoggingVariables() {}

  @Override
  public LoggingConfig read(EnvironmentVariables variables, AppEnvironment environment) {
    LoggingConfig.Level level =
        variables.choice("LOG_LEVEL", LoggingConfig.Level.values(), LoggingConfig.Level.INFO);
    Optional<LoggingConfig.Format> format = variables.text("LOG_FORMAT").isPresent()
        ? Optional.of(variables.choice(
            "LOG_FORMAT", LoggingConfig.Format.values(), LoggingConfig.Format.JSON))
        : Optional.empty();
    return new LoggingConfig(level, format, environment);
  }

  @Override
  public List<String> describe(LoggingConfig logging) {
    return List.of("LOG_LEVEL=" + logging.level(), "LOG_FORMAT=" + logging.requestedFormat()
        .map(format -> format.name().toLowerCase(Locale.ROOT))
        .orElse(logging.environment() == AppEnvironment.DEVELOPMENT
            ? "(unset: text on a terminal, else json)"
            : "(unset: json)"));
  }
}
