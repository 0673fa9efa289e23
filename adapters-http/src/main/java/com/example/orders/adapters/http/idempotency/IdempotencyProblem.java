package com.example.orders.adapters.http.idempotency;

import com.example.orders.adapters.http.problem.ProblemType;

/** The problem only the idempotency handling raises itself: a header that cannot be a key. */
final class IdempotencyProblem {

  static final ProblemType INVALID_KEY = new ProblemType(
      400, "request.invalid-idempotency-key", "The Idempotency-Key header is invalid");

  private IdempotencyProblem() {}
}
