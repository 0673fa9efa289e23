package com.example.orders.adapters.http.problem;

/**
 * A kind of problem the HTTP adapter raises itself, with its status and stable code. Each area of
 * the adapter lists its own in an enum that implements this ({@link RequestProblem} for HTTP in
 * general, others beside the routes that raise them), so a new feature adds problem types without
 * editing a central list. Failures of the domain and the use cases carry their own code instead (see
 * {@link ProblemMapper}).
 */
public interface ProblemType {

  int status();

  /** A stable, dotted code such as {@code request.malformed-json}; part of the public API. */
  String code();

  /** A short summary of the kind of problem, the same for every occurrence. */
  String title();
}
