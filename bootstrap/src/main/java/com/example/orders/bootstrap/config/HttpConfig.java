package com.example.orders.bootstrap.config;

/**
 * The HTTP server.
 *
 * @param port the TCP port to listen on; 0 picks a free one (tests)
 * @param maxRequestBytes the largest request body accepted
 */
public record HttpConfig(int port, long maxRequestBytes) {

  static final int DEFAULT_PORT = 8080;
  static final long DEFAULT_MAX_REQUEST_BYTES = 1_048_576;

  public HttpConfig {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
    }
    if (maxRequestBytes < 1) {
      throw new IllegalArgumentException("maxRequestBytes must be positive, was " + maxRequestBytes);
    }
  }

  static HttpConfig read(EnvironmentVariables variables) {
    return new HttpConfig(
        variables.integer("PORT", DEFAULT_PORT, 0, 65_535),
        variables.wholeNumber(
            "HTTP_MAX_REQUEST_BYTES", DEFAULT_MAX_REQUEST_BYTES, 1_024, 1_073_741_824));
  }
}
