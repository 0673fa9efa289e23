package com.example.orders.adapters.http.auth;

import com.example.orders.adapters.http.problem.ProblemType;

/** Problems of authentication and authorization: who is calling, and may they. */
final class AuthProblem {

  static final ProblemType TOKEN_MISSING =
      new ProblemType(401, "auth.token-missing", "A bearer token is required");
  static final ProblemType TOKEN_INVALID =
      new ProblemType(401, "auth.token-invalid", "The bearer token is not acceptable");
  static final ProblemType SCOPE_INSUFFICIENT =
      new ProblemType(403, "auth.scope-insufficient", "The token lacks the scope this needs");

  private AuthProblem() {}
}
