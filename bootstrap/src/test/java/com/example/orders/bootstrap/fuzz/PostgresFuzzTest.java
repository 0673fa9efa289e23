package com.example.orders.bootstrap.fuzz;

/** The fuzz against the service on PostgreSQL, trusting a real OpenID Connect issuer. */
class PostgresFuzzTest extends HttpEdgeFuzz {

  @Override
  FuzzTarget startTarget() {
    return PostgresTarget.start();
  }
}
