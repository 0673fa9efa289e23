package com.example.orders.adapters.http.order;

import com.example.orders.adapters.http.problem.ProblemType;

/** Problems that only the order routes raise: the preconditions every change needs. */
enum OrderProblem implements ProblemType {
  INVALID_IF_MATCH(400, "request.invalid-if-match", "The If-Match header is invalid"),
  PRECONDITION_REQUIRED(
      428,
      "request.precondition-required",
      "Changes need an If-Match header with the order's ETag");

  private final int status;
  private final String code;
  private final String title;

  OrderProblem(int status, String code, String title) {
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
