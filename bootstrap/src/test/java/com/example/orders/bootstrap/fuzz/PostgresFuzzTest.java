package com.example.orders.bootstrap.fuzz;

import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** The fuzz against the service on PostgreSQL, trusting a real OpenID Connect issuer. */
class PostgresFuzzTest extends HttpEdgeFuzz {

  private static FuzzSession session;

  @BeforeContainer
  static void start() {
    session = FuzzSession.start(PostgresTarget.start());
  }

  @AfterContainer
  static void stop() {
    if (session != null) {
      try {
        session.finish();
      } finally {
        session.close();
      }
    }
  }

  @Override
  FuzzSession session() {
    return session;
  }
}
