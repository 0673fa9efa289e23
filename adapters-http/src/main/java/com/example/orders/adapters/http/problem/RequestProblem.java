package com.example.orders.adapters.http.problem;

/**
 * Problems with an HTTP request as such, whatever the route: its syntax, size, body or media type.
 */
public final class RequestProblem {

  public static final ProblemType MALFORMED =
      new ProblemType(400, "request.malformed", "The request is not well-formed HTTP");
  public static final ProblemType BODY_INCOMPLETE =
      new ProblemType(
          400, "request.body-incomplete", "The request body ended before it was complete");
  public static final ProblemType MALFORMED_JSON =
      new ProblemType(400, "request.malformed-json", "The request body is not well-formed JSON");
  public static final ProblemType INVALID_BODY =
      new ProblemType(
          400, "request.invalid-body", "The request body does not have the expected shape");
  public static final ProblemType INVALID_PARAMETER =
      new ProblemType(400, "request.invalid-parameter", "A path or query parameter is invalid");
  public static final ProblemType ROUTE_NOT_FOUND =
      new ProblemType(404, "request.route-not-found", "No such resource");
  public static final ProblemType METHOD_NOT_ALLOWED =
      new ProblemType(405, "request.method-not-allowed", "Method not allowed on this resource");
  public static final ProblemType TIMEOUT =
      new ProblemType(408, "request.timeout", "The request took too long to arrive");
  public static final ProblemType TOO_LARGE =
      new ProblemType(413, "request.too-large", "The request body is too large");
  public static final ProblemType URI_TOO_LONG =
      new ProblemType(414, "request.uri-too-long", "The request URI is too long");
  public static final ProblemType UNSUPPORTED_MEDIA_TYPE =
      new ProblemType(
          415, "request.unsupported-media-type", "The request body must be application/json");
  public static final ProblemType EXPECTATION_FAILED =
      new ProblemType(417, "request.expectation-failed", "The Expect header cannot be met");
  public static final ProblemType VALIDATION_FAILED =
      new ProblemType(422, "request.validation-failed", "The request contains invalid values");
  public static final ProblemType HEADERS_TOO_LARGE =
      new ProblemType(431, "request.headers-too-large", "The request headers are too large");
  public static final ProblemType REJECTED =
      new ProblemType(400, "request.rejected", "The request was rejected");
  public static final ProblemType INTERNAL_ERROR =
      new ProblemType(500, "server.internal-error", "Internal server error");
  public static final ProblemType UNAVAILABLE =
      new ProblemType(503, "server.unavailable", "The server cannot take requests right now");
  public static final ProblemType VERSION_NOT_SUPPORTED =
      new ProblemType(505, "request.version-not-supported", "The HTTP version is not supported");

  private RequestProblem() {}
}
