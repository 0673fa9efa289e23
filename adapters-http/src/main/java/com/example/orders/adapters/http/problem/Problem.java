package com.example.orders.adapters.http.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * The body of every error response, as RFC 9457 defines it, plus this API's extensions.
 *
 * @param type a stable URI naming the kind of problem; it ends with {@link #code()}
 * @param title a short summary of the kind of problem, the same for every occurrence
 * @param status the HTTP status
 * @param detail what went wrong in this occurrence
 * @param instance the request path
 * @param code a stable dotted code, for programs to switch on
 * @param requestId the request id (also in the {@code X-Request-Id} header), to quote in reports
 * @param errors one entry per invalid input; omitted when the problem is not about inputs
 * @param currentVersion the order's current version; only on {@code 412} problems
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    URI type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    String requestId,
    List<FieldError> errors,
    Long currentVersion) {

  /** Where problem type URIs live; a type is this base followed by the code. */
  public static final String TYPE_BASE = "https://orders.example.com/problems/";

  public Problem {
    errors = List.copyOf(errors);
  }
}
