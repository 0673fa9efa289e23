package com.example.orders.adapters.http.order;

import com.example.orders.adapters.http.problem.ProblemType;

/** Problems that only the order routes raise: the preconditions every change needs. */
final class OrderProblem {

  static final ProblemType INVALID_IF_MATCH =
      new ProblemType(400, "request.invalid-if-match", "The If-Match header is invalid");
  static final ProblemType PRECONDITION_REQUIRED =
      new ProblemType(
          428,
          "request.precondition-required",
          "Changes need an If-Match header with the order's ETag");

  private OrderProblem() {}
}
