package com.example.orders.adapters.http;

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
   * Produces the response for a request that accepts {@code accept} (its {@code Accept} header,
   * null when absent); endpoints that speak more than one format choose here, the others ignore
   * it.
   */
  default Response handle(String accept) {
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
