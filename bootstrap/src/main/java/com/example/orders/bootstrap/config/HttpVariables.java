package com.example.orders.bootstrap.config;

import com.example.orders.adapters.http.HttpSettings;
import java.util.List;

/** {@code PORT}, {@code HTTP_MAX_REQUEST_BYTES} and {@code SHUTDOWN_TIMEOUT}: the HTTP server. */
public final class HttpVariables implements ConfigArea<HttpSettings> {

  public static final HttpVariables HTTP = new HttpVariables();

  private HttpVariables() {}

  @Override
  public HttpSettings read(EnvironmentVariables variables, AppEnvironment environment) {
    return new HttpSettings(
        variables.integer("PORT", HttpSettings.DEFAULT_PORT, HttpSettings.PORT_MIN,
            HttpSettings.PORT_MAX),
        variables.wholeNumber("HTTP_MAX_REQUEST_BYTES", HttpSettings.DEFAULT_MAX_REQUEST_BYTES,
            HttpSettings.MAX_REQUEST_BYTES_MIN, HttpSettings.MAX_REQUEST_BYTES_MAX),
        variables.duration("SHUTDOWN_TIMEOUT", HttpSettings.DEFAULT_SHUTDOWN_TIMEOUT,
            HttpSettings.SHUTDOWN_TIMEOUT_MIN, HttpSettings.SHUTDOWN_TIMEOUT_MAX));
  }

  @Override
  public List<String> describe(HttpSettings http) {
    return List.of(
        "PORT=" + http.port(),
        "HTTP_MAX_REQUEST_BYTES=" + http.maxRequestBytes(),
        "SHUTDOWN_TIMEOUT=" + Durations.format(http.shutdownTimeout()));
  }
}
