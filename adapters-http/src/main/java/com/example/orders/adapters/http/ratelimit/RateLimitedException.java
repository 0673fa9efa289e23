package com.example.orders.adapters.http.ratelimit;

import com.example.orders.adapters.http.problem.HttpProblem;
import com.example.orders.adapters.http.problem.ProblemType;
import java.util.Map;

/** A call refused because its caller's budget is used up: {@code 429} with when to retry. */
final class RateLimitedException extends RuntimeException implements HttpProblem {

  private final Map<String, String> headers;

  RateLimitedException(String policy, Map<String, String> headers) {
    super("the budget '" + policy + "' is used up; retry after the time Retry-After gives", null,
        false, false);
    this.headers = Map.copyOf(headers);
  }

  @Override
  public ProblemType type() {
    return RateLimitProblem.RATE_LIMITED;
  }

  @Override
  public Map<String, String> headers() {
    return headers;
  }
}
