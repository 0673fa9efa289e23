package com.example.orders.adapters.http.auth;

import com.example.orders.adapters.http.problem.HttpProblem;
import com.example.orders.adapters.http.problem.ProblemType;
import java.util.Map;

/** A valid token lacks the scope that the route needs. */
public final class InsufficientScopeException extends RuntimeException implements HttpProblem {

  private final String requiredScope;

  public InsufficientScopeException(String requiredScope) {
    super("this needs the scope " + requiredScope, null, false, false);
    this.requiredScope = requiredScope;
  }

  public String requiredScope() {
    return requiredScope;
  }

  @Override
  public ProblemType type() {
    return AuthProblem.SCOPE_INSUFFICIENT;
  }

  @Override
  public Map<String, String> headers() {
    return Challenge.insufficientScope(requiredScope);
  }
}
