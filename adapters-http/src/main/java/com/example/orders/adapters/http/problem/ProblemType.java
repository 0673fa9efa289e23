package com.example.orders.adapters.http.problem;

/**
 * The problems that the HTTP adapter itself raises, with their stable codes. Problems raised by the
 * domain and the use cases take their code from the exception instead (see {@link ProblemMapper}).
 */
public enum ProblemType {
  MALFORMED_JSON(400, "request.malformed-json", "The request body is not well-formed JSON"),
  INVALID_BODY(400, "request.invalid-body", "The request body does not have the expected shape"),
  INVALID_PARAMETER(400, "request.invalid-parameter", "A path or query parameter is invalid"),
  INVALID_IF_MATCH(400, "request.invalid-if-match", "The If-Match header is invalid"),
  TOKEN_MISSING(401, "auth.token-missing", "A bearer token is required"),
  TOKEN_INVALID(401, "auth.token-invalid", "The bearer token is not acceptable"),
  SCOPE_INSUFFICIENT(403, "auth.scope-insufficient", "The token lacks the scope this needs"),
  ROUTE_NOT_FOUND(404, "request.route-not-found", "No such resource"),
  ORDER_NOT_FOUND(404, "order.not-found", "Order not found"),
  METHOD_NOT_ALLOWED(405, "request.method-not-allowed", "Method not allowed on this resource"),
  CONCURRENT_MODIFICATION(
      409, "order.concurrent-modification", "Another change to the order was saved first"),
  VERSION_MISMATCH(412, "order.version-mismatch", "The order has changed since it was read"),
  TOO_LARGE(413, "request.too-large", "The request body is too large"),
  URI_TOO_LONG(414, "request.uri-too-long", "The request URI is too long"),
  UNSUPPORTED_MEDIA_TYPE(
      415, "request.unsupported-media-type", "The request body must be application/json"),
  VALIDATION_FAILED(422, "request.validation-failed", "The request contains invalid values"),
  PRECONDITION_REQUIRED(
      428,
      "request.precondition-required",
      "Changes need an If-Match header with the order's ETag"),
  HEADERS_TOO_LARGE(431, "request.headers-too-large", "The request headers are too large"),
  REJECTED(400, "request.rejected", "The request was rejected"),
  INTERNAL_ERROR(500, "server.internal-error", "Internal server error"),
  DEPENDENCY_UNAVAILABLE(
      503, "dependency.unavailable", "A service this API depends on is unavailable");

  private final int status;
  private final String code;
  private final String title;

  ProblemType(int status, String code, String title) {
    this.status = status;
    this.code = code;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }
}
