package com.example.orders.bootstrap.observability;

import com.example.orders.adapters.http.OperationalEndpoint.Response;
import java.util.Map;
import java.util.stream.Collectors;

/** The JSON bodies of the health endpoints: {@code {"status":"UP","checks":{"database":"UP"}}}. */
final class HealthResponses {

  static final String JSON = "application/json";
  static final String UP = "UP";
  static final String DOWN = "DOWN";

  private HealthResponses() {}

  static Response status(boolean up) {
    return new Response(up ? 200 : 503, JSON, "{\"status\":\"" + (up ? UP : DOWN) + "\"}");
  }

  /**
   * A status with the outcome of each check; names and outcomes are our own constants, so they
   * need no JSON escaping.
   */
  static Response status(boolean up, Map<String, String> checks) {
    String prefix = "{\"status\":\"" + (up ? UP : DOWN) + "\",\"checks\":{";
    String body = checks.entrySet().stream()
        .map(check -> "\"" + check.getKey() + "\":\"" + check.getValue() + "\"")
        .collect(Collectors.joining(",", prefix, "}}"));
    return new Response(up ? 200 : 503, JSON, body);
  }
}
