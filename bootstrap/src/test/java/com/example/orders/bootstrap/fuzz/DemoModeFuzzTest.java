package com.example.orders.bootstrap.fuzz;

import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** The fuzz against the service in demo mode: in-memory storage, the demo token issuer. */
class DemoModeFuzzTest extends HttpEdgeFuzz {

  private static FuzzSession session;

  @BeforeContainer
  static void start() {
    session = FuzzSession.start(DemoModeTarget.start());
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
