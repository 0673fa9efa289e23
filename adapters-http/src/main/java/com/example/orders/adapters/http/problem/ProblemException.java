package com.example.orders.adapters.http.problem;

import java.util.List;
import java.util.Objects;

/** A request the adapter refuses before any use case runs: a bad parameter, header or body. */
public final class ProblemException extends RuntimeException implements HttpProblem {

  private final ProblemType type;
  private final List<FieldError> errors;

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, List.of());
  }

  public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
    super(detail, null, false, false);
    this.type = Objects.requireNonNull(type, "type");
    this.errors = List.copyOf(errors);
  }

  @Override
  public ProblemType type() {
    return type;
  }

  @Override
  public List<FieldError> errors() {
    return errors;
  }
}
