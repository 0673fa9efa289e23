package com.example.orders.adapters.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How the HTTP server listens and how much it accepts.
 *
 * @param port the TCP port; 0 picks a free one (see {@link HttpServer#port()})
 * @param maxRequestBytes the largest request body accepted; larger bodies get {@code 413}
 * @param shutdownTimeout how long {@link HttpServer#stop()} lets in-flight requests finish
 */
public record HttpSettings(int port, long maxRequestBytes, Duration shutdownTimeout) {

  public HttpSettings {
    Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
    }
    if (maxRequestBytes < 1) {
      throw new IllegalArgumentException(
          "maxRequestBytes must be positive, was " + maxRequestBytes);
    }
    if (shutdownTimeout.isNegative()) {
      throw new IllegalArgumentException(
          "shutdownTimeout must not be negative, was " + shutdownTimeout);
    }
  }
}
