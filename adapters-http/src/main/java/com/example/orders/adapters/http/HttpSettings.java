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
 * @param maxHeaderBytes the largest request line and headers accepted; larger ones get {@code 431}
 *     (or {@code 414} for the URI)
 * @param idleTimeout how long a connection may stay silent, between requests or within one
 * @param requestTimeout how long a client may take to send one request, headers and body, however
 *     it trickles them; a slower one is cut off (see {@link SlowClients})
 */
public record HttpSettings(
    int port,
    long maxRequestBytes,
    Duration shutdownTimeout,
    int maxHeaderBytes,
    Duration idleTimeout,
    Duration requestTimeout) {

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

  /** Jetty's default: room for a large bearer token and the usual headers. */
  public static final int DEFAULT_MAX_HEADER_BYTES = 8_192;
  public static final int MAX_HEADER_BYTES_MIN = 2_048;
  public static final int MAX_HEADER_BYTES_MAX = 65_536;

  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration IDLE_TIMEOUT_MIN = Duration.ofSeconds(1);
  public static final Duration IDLE_TIMEOUT_MAX = Duration.ofMinutes(10);

  /** Time enough for the largest default body (1 MiB) at 35 KB/s. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration REQUEST_TIMEOUT_MIN = Duration.ofSeconds(1);
  public static final Duration REQUEST_TIMEOUT_MAX = Duration.ofMinutes(10);

  public HttpSettings {
    Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    if (port < PORT_MIN || port > PORT_MAX) {
      throw new IllegalArgumentException(
          "port must be " + PORT_MIN + " to " + PORT_MAX + ", was " + port);
    }
    if (maxRequestBytes < MAX_REQUEST_BYTES_MIN || maxRequestBytes > MAX_REQUEST_BYTES_MAX) {
      throw new IllegalArgumentException("maxRequestBytes must be " + MAX_REQUEST_BYTES_MIN
          + " to " + MAX_REQUEST_BYTES_MAX + ", was " + maxRequestBytes);
    }
    requireWithin("shutdownTimeout", shutdownTimeout, SHUTDOWN_TIMEOUT_MIN, SHUTDOWN_TIMEOUT_MAX);
    if (maxHeaderBytes < MAX_HEADER_BYTES_MIN || maxHeaderBytes > MAX_HEADER_BYTES_MAX) {
      throw new IllegalArgumentException("maxHeaderBytes must be " + MAX_HEADER_BYTES_MIN
          + " to " + MAX_HEADER_BYTES_MAX + ", was " + maxHeaderBytes);
    }
    requireWithin("idleTimeout", idleTimeout, IDLE_TIMEOUT_MIN, IDLE_TIMEOUT_MAX);
    requireWithin("requestTimeout", requestTimeout, REQUEST_TIMEOUT_MIN, REQUEST_TIMEOUT_MAX);
  }

  /** The defaults, on {@code port}. */
  public static HttpSettings defaults(int port) {
    return new HttpSettings(port, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_SHUTDOWN_TIMEOUT,
        DEFAULT_MAX_HEADER_BYTES, DEFAULT_IDLE_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
  }

  private static void requireWithin(String name, Duration value, Duration min, Duration max) {
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          name + " must be " + min + " to " + max + ", was " + value);
    }
  }
}
