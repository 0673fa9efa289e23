package com.example.orders.bootstrap.observability;

import com.example.orders.adapters.http.OperationalEndpoint.Response;

/** The plain health bodies, {@code {"status":"UP"}}, and the statuses all health bodies use. */
final class HealthResponses {

  static final String JSON = "application/json";
  static final String UP = "UP";
  static final String DOWN = "DOWN";
  static final String DEGRADED = "DEGRADED";

  private HealthResponses() {}

  static Response status(boolean up) {
    return new Response(up ? 200 : 503, JSON, "{\"status\":\"" + (up ? UP : DOWN) + "\"}");
  }
}
