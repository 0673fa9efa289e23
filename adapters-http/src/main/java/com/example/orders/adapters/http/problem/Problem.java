package com.example.orders.adapters.http.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
 * @param extensions further members that help the client recover, such as the {@code
 *     currentVersion} of a {@code 412}; written as members of the body itself
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
    @JsonIgnore Map<String, Object> extensions) {

  /** Where problem type URIs live; a type is this base followed by the code. */
  public static final String TYPE_BASE = "https://orders.example.com/problems/";

  private static final Set<String> MEMBERS =
      Set.of("type", "title", "status", "detail", "instance", "code", "requestId", "errors");

  public Problem {
    errors = List.copyOf(errors);
    for (String name : extensions.keySet()) {
      if (MEMBERS.contains(name)) {
        throw new IllegalArgumentException("an extension may not replace the member " + name);
      }
    }
    extensions = Map.copyOf(extensions);
  }

  /** The extension members, in a stable order, for Jackson to write beside the others. */
  @JsonAnyGetter
  Map<String, Object> members() {
    return new TreeMap<>(extensions);
  }
}
