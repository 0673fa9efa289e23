package com.example.orders.adapters.http.auth.introspection;

import com.example.orders.adapters.http.auth.AuthSettings;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Settings and introspection answers for the specifications of this package. */
final class Answers {

  static final String ISSUER = "https://id.example.test/realms/shop";
  static final String CLIENT_ID = "orders-service";
  static final String CLIENT_SECRET = "client-s3cret";
  static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

  private Answers() {}

  static AuthSettings auth() {
    return new AuthSettings(ISSUER, Optional.empty(), "orders-api", "tenant_id", Set.of("RS256"),
        "orders:read", "orders:write", "orders:admin", Duration.ofSeconds(30));
  }

  static IntrospectionSettings settings(URI endpoint) {
    // generous: the first call of a test JVM on a busy machine can take seconds
    return new IntrospectionSettings(endpoint, CLIENT_ID, CLIENT_SECRET, Duration.ofSeconds(10),
        IntrospectionSettings.DEFAULT_CACHE_TTL, IntrospectionSettings.DEFAULT_INACTIVE_TTL,
        IntrospectionSettings.DEFAULT_LOCAL_TTL);
  }

  /** What an authorization server says about a valid access token of tenant {@code acme}. */
  static String active(Instant expiresAt) {
    return "{\"active\":true,\"sub\":\"user-17\",\"tenant_id\":\"acme\","
        + "\"scope\":\"orders:read orders:write\",\"client_id\":\"shop\",\"token_type\":\"Bearer\","
        + "\"iss\":\"" + ISSUER + "\",\"aud\":\"orders-api\",\"iat\":"
        + NOW.minusSeconds(60).getEpochSecond() + ",\"exp\":" + expiresAt.getEpochSecond() + "}";
  }

  static String active() {
    return active(NOW.plusSeconds(3600));
  }
}
