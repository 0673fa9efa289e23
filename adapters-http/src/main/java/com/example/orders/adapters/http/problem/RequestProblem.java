package com.example.orders.adapters.http.problem;

/** Problems with an HTTP request as such, whatever the route: its syntax, size, body or media type. */
public enum RequestProblem implements ProblemType {
  MALFORMED(400, "request.malformed", "The request is not well-formed HTTP"),
  BODY_INCOMPLETE(400, "request.body-incomplete", "The request body ended before it was complete"),
  MALFORMED_JSON(400, "request.malformed-json", "The request body is not well-formed JSON"),
  INVALID_BODY(400, "request.invalid-body", "The request body does not have the expected shape"),
  INVALID_PARAMETER(400, "request.invalid-parameter", "A path or query parameter is invalid"),
  ROUTE_NOT_FOUND(404, "request.route-not-found", "No such resource"),
  METHOD_NOT_ALLOWED(405, "request.method-not-allowed", "Method not allowed on this resource"),
  TIMEOUT(408, "request.timeout", "The request took too long to arrive"),
  TOO_LARGE(413, "request.too-large", "The request body is too large"),
  URI_TOO_LONG(414, "request.uri-too-long", "The request URI is too long"),
  UNSUPPORTED_MEDIA_TYPE(
      415, "request.unsupported-media-type", "The request body must be application/json"),
  EXPECTATION_FAILED(417, "request.expectation-failed", "The Expect header cannot be met"),
  VALIDATION_FAILED(422, "request.validation-failed", "The request contains invalid values"),
  HEADERS_TOO_LARGE(431, "request.headers-too-large", "The request headers are too large"),
  REJECTED(400, "request.rejected", "The request was rejected"),
  INTERNAL_ERROR(500, "server.internal-error", "Internal server error"),
  UNAVAILABLE(503, "server.unavailable", "The server cannot take requests right now"),
  VERSION_NOT_SUPPORTED(505, "request.version-not-supported", "The HTTP version is not supported");

  private final int status;
  private final String code;
  private final String title;

  RequestProblem(int status, String code, String title) {
    this.status = status;
    this.code = code;
    this.title = title;
  }

  @Override
  public int status() {
    return status;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String title() {
    return title;
  }
}
