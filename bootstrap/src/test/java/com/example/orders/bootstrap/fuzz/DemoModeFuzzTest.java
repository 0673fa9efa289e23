package com.example.orders.bootstrap.fuzz;

/** The fuzz against the service in demo mode: in-memory storage, the demo token issuer. */
class DemoModeFuzzTest extends HttpEdgeFuzz {

  @Override
  FuzzTarget startTarget() {
    return DemoModeTarget.start();
  }
}
