package com.example.orders.adapters.http;

import java.util.function.Function;

/**
 * An unauthenticated {@code GET} endpoint for operators and platforms, such as {@code
 * /health/ready} or {@code /metrics}; bootstrap supplies them so that this adapter needs no
 * knowledge of health checks or metrics libraries.
 */
public interface OperationalEndpoint {

  /** The exact path served, e.g. {@code /health/live}. */
  String path();

  /** Produces the response; called on a virtual thread for every request to {@link #path()}. */
  Response handle();

  /**
   * Produces the response to a request with these headers, for an endpoint whose answer depends
   * on them (e.g. {@code /metrics} on {@code Accept}); the others answer {@link #handle()}.
   *
   * @param requestHeader a header's value by its name, {@code null} when the request has none
   */
  default Response handle(Function<String, String> requestHeader) {
    return handle();
  }

  /** What an operational endpoint answers. */
  record Response(int status, String contentType, String body) {

    public Response {
      if (status < 100 || status > 599) {
        throw new IllegalArgumentException("not an HTTP status: " + status);
      }
      if (contentType == null || contentType.isBlank()) {
        throw new IllegalArgumentException("a content type is required");
      }
      if (body == null) {
        throw new IllegalArgumentException("a body is required (it may be empty)");
      }
    }
  }
}
