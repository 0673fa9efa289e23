package com.example.orders.bootstrap.config;

import java.util.Locale;

/** Where the service runs; production refuses the conveniences of development (demo mode). */
public enum AppEnvironment {
  DEVELOPMENT,
  PRODUCTION;

  /** The value of {@code APP_ENV} that selects this environment. */
  public String variableValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
