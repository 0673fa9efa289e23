package com.example.orders.adapters.http.problem;

import java.util.Map;

/**
 * Problems known only by their status, from Javalin's routing or from Jetty, which refuses some
 * requests before any handler sees them. The status passes through as it is: a {@code 4xx} stays
 * that {@code 4xx}, a {@code 503} stays {@code 503} with {@code Retry-After}, an unsupported HTTP
 * version is {@code 505}; only a status that is no error at all becomes a {@code 500}.
 */
final class StatusProblems {

  private StatusProblems() {}

  /**
   * @param details what Javalin knows beside the status, e.g. the methods a route allows
   */
  static Mapped of(int status, Map<String, String> details) {
    return switch (status) {
      case 400 -> Mapped.of(RequestProblem.MALFORMED, "the request is not well-formed HTTP");
      case 404 -> Mapped.of(RequestProblem.ROUTE_NOT_FOUND, "there is no resource at this path");
      case 405 ->
          Mapped.of(RequestProblem.METHOD_NOT_ALLOWED, "this resource does not support the method")
              .withHeader("Allow", allowedMethods(details));
      case 408 -> Mapped.of(RequestProblem.TIMEOUT, "the request did not arrive in time");
      case 413 -> Mapped.of(RequestProblem.TOO_LARGE, "the request body exceeds the size limit");
      case 414 -> Mapped.of(RequestProblem.URI_TOO_LONG, "the request URI exceeds the size limit");
      case 417 ->
          Mapped.of(RequestProblem.EXPECTATION_FAILED, "only Expect: 100-continue is supported");
      case 431 ->
          Mapped.of(RequestProblem.HEADERS_TOO_LARGE, "the request headers exceed the size limit");
      case 500 -> Mapped.internalError();
      case 503 ->
          Mapped.of(RequestProblem.UNAVAILABLE, "the server is stopping or overloaded; retry")
              .withHeader("Retry-After", ProblemMapper.RETRY_AFTER_SECONDS);
      case 505 ->
          Mapped.of(RequestProblem.VERSION_NOT_SUPPORTED, "send the request as HTTP/1.1 or 1.0");
      default -> passThrough(status);
    };
  }

  private static Mapped passThrough(int status) {
    if (status >= 400 && status < 500) {
      ProblemType rejected = RequestProblem.REJECTED;
      return new Mapped(status, rejected.code(), rejected.title(), "the request was rejected");
    }
    ProblemType failed = RequestProblem.INTERNAL_ERROR;
    int answered = status > 500 && status < 600 ? status : 500;
    return new Mapped(answered, failed.code(), failed.title(), "the server could not serve it");
  }

  private static String allowedMethods(Map<String, String> details) {
    return details.getOrDefault("availableMethods", details.getOrDefault("Available methods", ""));
  }
}
