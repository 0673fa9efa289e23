package com.example.orders.adapters.http.auth;

import com.example.orders.adapters.http.problem.HttpProblem;
import com.example.orders.adapters.http.problem.ProblemType;
import java.util.Map;

/**
 * A bearer token was refused. The message says why in terms safe to return to the client (it is
 * sent as the {@code error_description} of the {@code WWW-Authenticate} challenge).
 */
public final class InvalidTokenException extends Exception implements HttpProblem {

  public InvalidTokenException(String reason) {
    super(reason, null, false, false);
  }

  @Override
  public ProblemType type() {
    return AuthProblem.TOKEN_INVALID;
  }

  @Override
  public Map<String, String> headers() {
    return Challenge.invalidToken(getMessage());
  }
}
