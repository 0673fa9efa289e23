package com.example.orders.bootstrap.config;

import java.util.List;

/** {@code LOG_LEVEL}. */
public final class LoggingVariables implements ConfigArea<LoggingConfig> {

  public static final LoggingVariables LOGGING = new LoggingVariables();

  private LoggingVariables() {}

  @Override
  public LoggingConfig read(EnvironmentVariables variables, AppEnvironment environment) {
    return new LoggingConfig(
        variables.choice("LOG_LEVEL", LoggingConfig.Level.values(), LoggingConfig.Level.INFO));
  }

  @Override
  public List<String> describe(LoggingConfig logging) {
    return List.of("LOG_LEVEL=" + logging.level());
  }
}
