package com.example.orders.adapters.http.problem;

import java.util.List;
import java.util.Map;

/**
 * A failure raised by the HTTP adapter that knows its own problem: its type, the detail (its
 * message), and any field errors or headers that go with it, such as an authentication challenge.
 */
public interface HttpProblem {

  ProblemType type();

  /** What went wrong in this occurrence, safe to show to the client. */
  String getMessage();

  default List<FieldError> errors() {
    return List.of();
  }

  /** Headers the response must carry, e.g. {@code WWW-Authenticate}. */
  default Map<String, String> headers() {
    return Map.of();
  }
}
