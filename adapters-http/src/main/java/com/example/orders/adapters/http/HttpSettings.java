package com.example.orders.adapters.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How the HTTP server listens and how much it accepts. The record owns its defaults and bounds
 * ({@code *_MIN}, {@code *_MAX}), which whoever reads these settings checks them against.
 *
 * @param port the TCP port; 0 picks a free one (see {@link HttpServer#port()})
 * @param maxRequestBytes the largest request body accepted; larger bodies get {@code 413}
 * @param shutdownTimeout how long {@link HttpServer#stop()} lets in-flight requests finish
 */
public record HttpSettings(int port, long maxRequestBytes, Duration shutdownTimeout) {

  public static final int DEFAULT_PORT = 8080;
  public static final int PORT_MIN = 0;
  public static final int PORT_MAX = 65_535;

  public static final long DEFAULT_MAX_REQUEST_BYTES = 1_048_576;
  /** Below 1 KiB even a one-line order would not fit. */
  public static final long MAX_REQUEST_BYTES_MIN = 1_024;
  public static final long MAX_REQUEST_BYTES_MAX = 1_073_741_824;

  public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(20);
  public static final Duration SHUTDOWN_TIMEOUT_MIN = Duration.ZERO;
  public static final Duration SHUTDOWN_TIMEOUT_MAX = Duration.ofMinutes(10);

  public HttpSettings {
    Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
    if (port < PORT_MIN || port > PORT_MAX) {
      throw new IllegalArgumentException(
          "port must be " + PORT_MIN + " to " + PORT_MAX + ", was " + port);
    }
    if (maxRequestBytes < MAX_REQUEST_BYTES_MIN || maxRequestBytes > MAX_REQUEST_BYTES_MAX) {
      throw new IllegalArgumentException("maxRequestBytes must be " + MAX_REQUEST_BYTES_MIN
          + " to " + MAX_REQUEST_BYTES_MAX + ", was " + maxRequestBytes);
    }
    if (shutdownTimeout.compareTo(SHUTDOWN_TIMEOUT_MIN) < 0
        || shutdownTimeout.compareTo(SHUTDOWN_TIMEOUT_MAX) > 0) {
      throw new IllegalArgumentException("shutdownTimeout must be " + SHUTDOWN_TIMEOUT_MIN
          + " to " + SHUTDOWN_TIMEOUT_MAX + ", was " + shutdownTimeout);
    }
  }
}
