package com.example.orders.bootstrap.fuzz;

import com.example.orders.bootstrap.http.ApiResponse;
import com.example.orders.bootstrap.http.OpenApiContract;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * What every answer must be, whatever was asked: no 5xx; a request id and the security headers; an
 * error as RFC 9457 problem+json whose {@code status} is the HTTP status; and, for a request to one
 * of the document's operations, a response the document declares for it (status, headers, body
 * schema), checked by {@link OpenApiContract}.
 */
final class ResponseOracle {

  /** Statuses with which the HTTP server may refuse a request before choosing any route. */
  static final Set<Integer> BEFORE_ROUTING = Set.of(400, 413, 414, 417, 426, 431);

  /** What the service serves outside the API document: probes and metrics. */
  private static final Set<String> OPERATIONAL =
      Set.of("/health/live", "/health/ready", "/health/startup", "/metrics");

  /**
   * What every answer carries to be safe in a browser (an empty value: any), whatever rejected the
   * request; Strict-Transport-Security is left out, as configuration decides it.
   */
  private static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "X-Content-Type-Options", "nosniff",
          "X-Frame-Options", "DENY",
          "Referrer-Policy", "no-referrer",
          "Cross-Origin-Opener-Policy", "same-origin",
          "Cross-Origin-Resource-Policy", "same-origin",
          "Permissions-Policy", "",
          "Content-Security-Policy", "");

  private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");
  private static final String PROBLEM = "application/problem+json";

  private final ApiOperations operations;
  private final OpenApiContract contract;

  ResponseOracle(ApiOperations operations, OpenApiContract contract) {
    this.operations = operations;
    this.contract = contract;
  }

  /**
   * Fails, saying why, unless {@code response} is an acceptable answer to the request.
   *
   * @param method the request's method token
   * @param requestPath the request's path as sent (still percent-encoded)
   * @param alsoAllowed statuses allowed beyond the rules, for requests that earn them (a {@code
   *     505} for an HTTP version the server does not speak)
   */
  void check(String method, String requestPath, ApiResponse response, Set<Integer> alsoAllowed) {
    // the server, like Javalin by default, serves /x/ as /x
    String rawPath =
        requestPath.length() > 1 && requestPath.endsWith("/")
            ? requestPath.substring(0, requestPath.length() - 1)
            : requestPath;
    int status = response.status();
    boolean extra = alsoAllowed.contains(status);
    if (status >= 500 && !extra) {
      throw new AssertionError("answered " + status + ", a server error");
    }
    checkCommonHeaders(response);
    boolean head = method.equals("HEAD");
    if (status >= 400) {
      checkProblem(response, head);
    }
    if (extra || OPERATIONAL.contains(rawPath)) {
      return;
    }
    Optional<ApiOperations.Operation> operation = operations.operation(method, rawPath);
    if (operation.isPresent()) {
      String path = operation.get().path().replaceAll("\\{[^}/]+}", "p");
      contract.assertConforms(method, URI.create("http://127.0.0.1" + path), response);
    } else if (operations.template(rawPath).isPresent()) {
      if (status == 405) {
        require(response.header("Allow").isPresent(), "a 405 without Allow");
      } else {
        require(
            BEFORE_ROUTING.contains(status),
            "%s is no operation of the document, but it answered %d rather than 405"
                .formatted(method, status));
      }
    } else {
      require(
          status == 404 || BEFORE_ROUTING.contains(status),
          "%s is no path of the document, but it answered %d rather than 404"
              .formatted(rawPath, status));
    }
  }

  /**
   * Fails unless {@code response} is acceptable as an answer to anything: for requests so broken
   * that which operation they are for is a matter of interpretation.
   */
  void checkAnswer(String method, ApiResponse response, Set<Integer> alsoAllowed) {
    int status = response.status();
    if (status >= 500 && !alsoAllowed.contains(status)) {
      throw new AssertionError("answered " + status + ", a server error");
    }
    checkCommonHeaders(response);
    if (status >= 400) {
      checkProblem(response, method.equals("HEAD"));
    }
  }

  private static void checkCommonHeaders(ApiResponse response) {
    String requestId = response.header("X-Request-Id").orElse("");
    require(REQUEST_ID.matcher(requestId).matches(), "X-Request-Id missing or malformed");
    SECURITY_HEADERS.forEach(
        (name, value) ->
            require(
                response
                    .header(name)
                    .filter(each -> value.isEmpty() || each.equals(value))
                    .isPresent(),
                "no " + name + (value.isEmpty() ? "" : ": " + value)));
  }

  private void checkProblem(ApiResponse response, boolean head) {
    require(
        response.mediaType().orElse("").equals(PROBLEM),
        "an error answered as %s rather than %s"
            .formatted(response.header("Content-Type").orElse("no Content-Type"), PROBLEM));
    require(
        response.header("Cache-Control").orElse("").equals("no-store"),
        "an error without Cache-Control: no-store");
    if (head) {
      return;
    }
    JsonNode problem;
    try {
      problem = response.json();
    } catch (RuntimeException notJson) {
      throw new AssertionError("an error whose body is not JSON", notJson);
    }
    contract.assertProblem(response.body());
    require(
        problem.path("status").asInt() == response.status(),
        "the problem says status %s, the answer is %d"
            .formatted(problem.path("status"), response.status()));
    require(
        problem.path("requestId").asString("").equals(response.header("X-Request-Id").orElse("")),
        "the problem's requestId is not the X-Request-Id");
  }

  private static void require(boolean condition, String failure) {
    if (!condition) {
      throw new AssertionError(failure);
    }
  }
}
