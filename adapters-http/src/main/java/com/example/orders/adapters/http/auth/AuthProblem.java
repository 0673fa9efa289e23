package com.example.orders.adapters.http.auth;

import com.example.orders.adapters.http.problem.ProblemType;

/** Problems of authentication and authorization: who is calling, and may they. */
enum AuthProblem implements ProblemType {
  TOKEN_MISSING(401, "auth.token-missing", "A bearer token is required"),
  TOKEN_INVALID(401, "auth.token-invalid", "The bearer token is not acceptable"),
  SCOPE_INSUFFICIENT(403, "auth.scope-insufficient", "The token lacks the scope this needs");

  private final int status;
  private final String code;
  private final String title;

  AuthProblem(int status, String code, String title) {
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
