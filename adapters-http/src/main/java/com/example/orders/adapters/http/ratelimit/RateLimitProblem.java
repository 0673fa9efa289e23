package com.example.orders.adapters.http.ratelimit;

import com.example.orders.adapters.http.problem.ProblemType;

/** The problem of a caller who has used up a budget. */
final class RateLimitProblem {

  static final ProblemType RATE_LIMITED =
      new ProblemType(429, "request.rate-limited", "Too many requests");

  private RateLimitProblem() {}
}
