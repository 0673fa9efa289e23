package com.example.orders.adapters.http.auth;

import com.example.orders.adapters.http.problem.HttpProblem;
import com.example.orders.adapters.http.problem.ProblemType;
import java.util.Map;

/** A protected route was called without a bearer token. */
public final class MissingTokenException extends RuntimeException implements HttpProblem {

  public MissingTokenException() {
    super("this resource needs a bearer token", null, false, false);
  }

  @Override
  public ProblemType type() {
    return AuthProblem.TOKEN_MISSING;
  }

  @Override
  public Map<String, String> headers() {
    return Challenge.bearer();
  }
}
