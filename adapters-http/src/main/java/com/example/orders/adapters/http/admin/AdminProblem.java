package com.example.orders.adapters.http.admin;

import com.example.orders.adapters.http.problem.ProblemType;

/** The problems of the admin API. */
final class AdminProblem {

  static final ProblemType CONSUMER_NOT_FOUND =
      new ProblemType(404, "admin.consumer-not-found", "No consumer of that name");

  private AdminProblem() {}
}
