package com.example.orders.adapters.http.auth;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a token must look like to be accepted. The record owns its rules: its defaults, the
 * bounds of the clock skew, {@link #requireWord} and {@link #algorithm}, so that whoever reads
 * these settings from somewhere (the service's environment) checks them by the same rules the
 * constructor enforces.
 *
 * @param issuer the exact {@code iss} of accepted tokens, e.g. {@code
 *     https://id.example.com/realms/shop}
 * @param jwksUri where the issuer publishes its keys; when empty it is discovered from {@code
 *     {issuer}/.well-known/openid-configuration}
 * @param audience a value that the token's {@code aud} must contain
 * @param tenantClaim the claim that holds the caller's tenant id, e.g. {@code tenant}
 * @param algorithms the accepted signature algorithms, e.g. {@code RS256}; asymmetric only, since a
 *     shared secret would let every client that knows it mint tokens
 * @param readScope the scope that reads need
 * @param writeScope the scope that changes need
 * @param adminScope the scope that operating the service needs (parked messages); across tenants
 * @param clockSkew how far the issuer's clock may differ from ours when checking {@code exp},
 *     {@code nbf} and {@code iat}
 */
public record AuthSettings(
    String issuer,
    Optional<URI> jwksUri,
    String audience,
    String tenantClaim,
    Set<String> algorithms,
    String readScope,
    String writeScope,
    String adminScope,
    Duration clockSkew) {

  public static final String DEFAULT_AUDIENCE = "orders-api";
  public static final String DEFAULT_TENANT_CLAIM = "tenant_id";
  public static final Set<String> DEFAULT_ALGORITHMS = Set.of("RS256", "ES256");
  public static final String DEFAULT_READ_SCOPE = "orders:read";
  public static final String DEFAULT_WRITE_SCOPE = "orders:write";
  public static final String DEFAULT_ADMIN_SCOPE = "orders:admin";
  public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(30);
  public static final Duration CLOCK_SKEW_MIN = Duration.ZERO;
  public static final Duration CLOCK_SKEW_MAX = Duration.ofMinutes(5);

  /**
   * Public-key algorithms only: with a JWKS published by the issuer, an HMAC ("HS256") key would
   * be a shared secret, and "none" is no signature at all.
   */
  public static final List<String> SUPPORTED_ALGORITHMS = List.of(
      "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA");

  public AuthSettings {
    if (issuer == null || issuer.isBlank()) {
      throw new IllegalArgumentException("issuer is required");
    }
    Objects.requireNonNull(jwksUri, "jwksUri");
    requireWord("audience", audience);
    requireWord("tenantClaim", tenantClaim);
    requireWord("readScope", readScope);
    requireWord("writeScope", writeScope);
    requireWord("adminScope", adminScope);
    Objects.requireNonNull(clockSkew, "clockSkew");
    algorithms = algorithms.stream()
        .map(name -> algorithm("algorithms", name))
        .collect(Collectors.toUnmodifiableSet());
    if (algorithms.isEmpty()) {
      throw new IllegalArgumentException("at least one signature algorithm is required");
    }
    if (clockSkew.compareTo(CLOCK_SKEW_MIN) < 0 || clockSkew.compareTo(CLOCK_SKEW_MAX) > 0) {
      throw new IllegalArgumentException(
          "clockSkew must be " + CLOCK_SKEW_MIN + " to " + CLOCK_SKEW_MAX + ", was " + clockSkew);
    }
  }

  /**
   * Checks a claim name, audience or scope: one word, since scopes are space-separated in tokens.
   *
   * @param name what the value is called where it came from, for the message
   * @throws IllegalArgumentException naming {@code name} and the value
   */
  public static String requireWord(String name, String value) {
    if (value == null || value.isEmpty() || value.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          name + " must be a single word without spaces, got '" + value + "'");
    }
    return value;
  }

  /**
   * The supported algorithm {@code value} names, regardless of case, as tokens spell it.
   *
   * @param name what the value is called where it came from, for the message
   * @throws IllegalArgumentException listing the supported algorithms
   */
  public static String algorithm(String name, String value) {
    return SUPPORTED_ALGORITHMS.stream()
        .filter(supported -> supported.toUpperCase(Locale.ROOT)
            .equals(value.strip().toUpperCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name + " must list algorithms among "
            + String.join(", ", SUPPORTED_ALGORITHMS) + ", got '" + value + "'"));
  }
}
