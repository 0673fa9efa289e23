package com.example.orders.adapters.http.auth.introspection;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * The authorization server's answer about one token: its {@code active} member and the rest of
 * the JSON object (RFC 7662, section 2.2), not yet judged against what this service accepts.
 */
public record Introspection(JsonNode response) {

  public Introspection {
    Objects.requireNonNull(response, "response");
    if (!response.isObject() || !response.path("active").isBoolean()) {
      throw new IllegalArgumentException(
          "an introspection response is a JSON object with a boolean 'active' member");
    }
  }

  public boolean active() {
    return response.get("active").booleanValue();
  }
}
