package com.example.orders.adapters.http.auth;

import com.nimbusds.jose.JWSAlgorithm;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a token must look like to be accepted.
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
    Duration clockSkew) {

  private static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

  public AuthSettings {
    requireText(issuer, "issuer");
    Objects.requireNonNull(jwksUri, "jwksUri");
    requireText(audience, "audience");
    requireText(tenantClaim, "tenantClaim");
    requireText(readScope, "readScope");
    requireText(writeScope, "writeScope");
    Objects.requireNonNull(clockSkew, "clockSkew");
    algorithms = Set.copyOf(algorithms);
    if (algorithms.isEmpty()) {
      throw new IllegalArgumentException("at least one signature algorithm is required");
    }
    for (String name : algorithms) {
      if (!JWSAlgorithm.Family.SIGNATURE.contains(JWSAlgorithm.parse(name))) {
        throw new IllegalArgumentException(
            "unsupported token algorithm "
                + name
                + ": use an asymmetric one such as RS256 or ES256");
      }
    }
    if (clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
      throw new IllegalArgumentException(
          "clockSkew must be 0 to " + MAX_CLOCK_SKEW + ", was " + clockSkew);
    }
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
