package com.example.orders.adapters.http.auth;

import java.util.Map;

/** The {@code WWW-Authenticate} challenges of RFC 6750 that go with each authentication problem. */
final class Challenge {

  private static final String HEADER = "WWW-Authenticate";
  private static final String REALM = "Bearer realm=\"orders\"";

  private Challenge() {}

  static Map<String, String> bearer() {
    return Map.of(HEADER, REALM);
  }

  static Map<String, String> invalidToken(String description) {
    return Map.of(
        HEADER,
        REALM + ", error=\"invalid_token\", error_description=\"" + quotable(description) + "\"");
  }

  static Map<String, String> insufficientScope(String scope) {
    return Map.of(
        HEADER, REALM + ", error=\"insufficient_scope\", scope=\"" + quotable(scope) + "\"");
  }

  /** Keeps a value inside a quoted-string of a header (RFC 6750 allows no quote or backslash). */
  private static String quotable(String value) {
    return value.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "'");
  }
}
