package com.example.orders.bootstrap.config;

import com.example.orders.adapters.http.HttpSettings;
import java.util.List;

/**
 * {@code PORT}, {@code HTTP_MAX_REQUEST_BYTES}, {@code SHUTDOWN_TIMEOUT}, {@code
 * HTTP_MAX_HEADER_BYTES}, {@code HTTP_IDLE_TIMEOUT} and {@code HTTP_REQUEST_TIMEOUT}: the HTTP
 * server and how much, and how slowly, it lets clients send.
 */
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
            HttpSettings.SHUTDOWN_TIMEOUT_MIN, HttpSettings.SHUTDOWN_TIMEOUT_MAX),
        variables.integer("HTTP_MAX_HEADER_BYTES", HttpSettings.DEFAULT_MAX_HEADER_BYTES,
            HttpSettings.MAX_HEADER_BYTES_MIN, HttpSettings.MAX_HEADER_BYTES_MAX),
        variables.duration("HTTP_IDLE_TIMEOUT", HttpSettings.DEFAULT_IDLE_TIMEOUT,
            HttpSettings.IDLE_TIMEOUT_MIN, HttpSettings.IDLE_TIMEOUT_MAX),
        variables.duration("HTTP_REQUEST_TIMEOUT", HttpSettings.DEFAULT_REQUEST_TIMEOUT,
            HttpSettings.REQUEST_TIMEOUT_MIN, HttpSettings.REQUEST_TIMEOUT_MAX));
  }

  @Override
  public List<String> describe(HttpSettings http) {
    return List.of(
        "PORT=" + http.port(),
        "HTTP_MAX_REQUEST_BYTES=" + http.maxRequestBytes(),
        "SHUTDOWN_TIMEOUT=" + Durations.format(http.shutdownTimeout()),
        "HTTP_MAX_HEADER_BYTES=" + http.maxHeaderBytes(),
        "HTTP_IDLE_TIMEOUT=" + Durations.format(http.idleTimeout()),
        "HTTP_REQUEST_TIMEOUT=" + Durations.format(http.requestTimeout()));
  }
}
