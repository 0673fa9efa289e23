package com.example.orders.bootstrap.config;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The OpenID Connect issuer whose bearer tokens the API accepts, and what a token must carry.
 *
 * @param issuer the issuer URL, exactly as in the tokens' {@code iss} claim
 * @param jwksUri where the issuer's signing keys are; empty: discovered from the issuer's
 *     {@code /.well-known/openid-configuration}
 * @param audience the {@code aud} a token must name
 * @param tenantClaim the claim that carries the caller's tenant
 * @param algorithms the JWS algorithms accepted (asymmetric only)
 * @param readScope the scope needed to read orders
 * @param writeScope the scope needed to change orders
 * @param clockSkew how far token times may disagree with our clock
 */
public record AuthConfig(
    URI issuer,
    Optional<URI> jwksUri,
    String audience,
    String tenantClaim,
    Set<String> algorithms,
    String readScope,
    String writeScope,
    Duration clockSkew) {

  static final String ISSUER = "AUTH_ISSUER";
  public static final String DEFAULT_AUDIENCE = "orders-api";
  public static final String DEFAULT_TENANT_CLAIM = "tenant_id";
  static final Set<String> DEFAULT_ALGORITHMS = Set.of("RS256", "ES256");
  public static final String DEFAULT_READ_SCOPE = "orders:read";
  public static final String DEFAULT_WRITE_SCOPE = "orders:write";
  public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(30);

  /**
   * Public-key algorithms only: with a JWKS published by the issuer, an HMAC ("HS256") key would
   * be a shared secret, and "none" is no signature at all.
   */
  static final List<String> SUPPORTED_ALGORITHMS = List.of(
      "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA");

  private static final List<String> DEPENDENT_VARIABLES = List.of(
      "AUTH_JWKS_URI", "AUTH_AUDIENCE", "AUTH_TENANT_CLAIM", "AUTH_ALGORITHMS",
      "AUTH_READ_SCOPE", "AUTH_WRITE_SCOPE", "AUTH_CLOCK_SKEW");

  public AuthConfig {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(jwksUri, "jwksUri");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(tenantClaim, "tenantClaim");
    Objects.requireNonNull(readScope, "readScope");
    Objects.requireNonNull(writeScope, "writeScope");
    Objects.requireNonNull(clockSkew, "clockSkew");
    algorithms = Set.copyOf(algorithms);
    if (algorithms.isEmpty()) {
      throw new IllegalArgumentException("at least one signing algorithm is accepted");
    }
  }

  /** The issuer settings, or empty (the demo issuer) when {@code AUTH_ISSUER} is unset. */
  static Optional<AuthConfig> read(EnvironmentVariables variables, AppEnvironment environment) {
    if (!variables.isSet(ISSUER)) {
      if (environment == AppEnvironment.PRODUCTION) {
        variables.problem(ISSUER + " is required when APP_ENV=production"
            + " (the built-in demo token issuer is for development only)");
      }
      DEPENDENT_VARIABLES.stream().filter(variables::isSet).forEach(name -> variables.problem(
          name + " is set but " + ISSUER + " is not: set " + ISSUER + " to verify tokens of"
              + " a real issuer, or unset " + name));
      return Optional.empty();
    }
    Optional<URI> issuer = variables.httpUri(ISSUER);
    Optional<URI> jwksUri = variables.httpUri("AUTH_JWKS_URI");
    String audience = token(variables, "AUTH_AUDIENCE", DEFAULT_AUDIENCE);
    String tenantClaim = token(variables, "AUTH_TENANT_CLAIM", DEFAULT_TENANT_CLAIM);
    Set<String> algorithms = algorithms(variables);
    String readScope = token(variables, "AUTH_READ_SCOPE", DEFAULT_READ_SCOPE);
    String writeScope = token(variables, "AUTH_WRITE_SCOPE", DEFAULT_WRITE_SCOPE);
    Duration clockSkew = variables.duration(
        "AUTH_CLOCK_SKEW", DEFAULT_CLOCK_SKEW, Duration.ZERO, Duration.ofMinutes(5));
    return issuer.map(uri -> new AuthConfig(
        uri, jwksUri, audience, tenantClaim, algorithms, readScope, writeScope, clockSkew));
  }

  /** A claim name, audience or scope: one word, since scopes are space-separated in tokens. */
  private static String token(EnvironmentVariables variables, String name, String fallback) {
    String value = variables.text(name, fallback);
    if (value.chars().anyMatch(Character::isWhitespace)) {
      variables.problem(name + " must be a single word without spaces, got '" + value + "'");
      return fallback;
    }
    return value;
  }

  private static Set<String> algorithms(EnvironmentVariables variables) {
    Optional<String> value = variables.text("AUTH_ALGORITHMS");
    if (value.isEmpty()) {
      return DEFAULT_ALGORITHMS;
    }
    Set<String> accepted = new LinkedHashSet<>();
    for (String name : value.get().split(",")) {
      String algorithm = name.strip();
      Optional<String> supported = SUPPORTED_ALGORITHMS.stream()
          .filter(candidate -> candidate.toUpperCase(Locale.ROOT)
              .equals(algorithm.toUpperCase(Locale.ROOT)))
          .findFirst();
      if (supported.isEmpty()) {
        variables.problem("AUTH_ALGORITHMS must list algorithms among "
            + String.join(", ", SUPPORTED_ALGORITHMS) + ", got '" + algorithm + "'");
        return DEFAULT_ALGORITHMS;
      }
      accepted.add(supported.get());
    }
    return accepted;
  }
}
