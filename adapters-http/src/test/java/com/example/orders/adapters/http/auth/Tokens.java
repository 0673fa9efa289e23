package com.example.orders.adapters.http.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Mints tokens for the verifier specifications, with keys generated for the test run. */
final class Tokens {

  static final String ISSUER = "https://id.example.test/realms/shop";
  static final String AUDIENCE = "orders-api";
  static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  static final Duration SKEW = Duration.ofSeconds(30);

  final RSAKey key;

  Tokens(String keyId) {
    try {
      key = new RSAKeyGenerator(2048).keyID(keyId).generate();
    } catch (JOSEException unexpected) {
      throw new IllegalStateException("cannot generate an RSA key", unexpected);
    }
  }

  static AuthSettings settings(Optional<URI> jwksUri) {
    return new AuthSettings(
        ISSUER, jwksUri, AUDIENCE, "tenant", Set.of("RS256"), "orders:read", "orders:write",
        "orders:admin", SKEW);
  }

  /** Claims that every accepted token has; tests change one thing at a time. */
  static JWTClaimsSet.Builder validClaims() {
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(List.of(AUDIENCE))
        .subject("user-17")
        .claim("tenant", "acme")
        .claim("scope", "orders:read orders:write")
        .issueTime(Date.from(NOW.minusSeconds(60)))
        .expirationTime(Date.from(NOW.plusSeconds(300)));
  }

  String signed(JWTClaimsSet claims) {
    return signedWith(key, claims);
  }

  static String signedWith(RSAKey signingKey, JWTClaimsSet claims) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
              claims);
      jwt.sign(new RSASSASigner(signingKey));
      return jwt.serialize();
    } catch (JOSEException unexpected) {
      throw new IllegalStateException(unexpected);
    }
  }

  String hmacSigned(JWTClaimsSet claims, byte[] secret) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new MACSigner(secret));
      return jwt.serialize();
    } catch (JOSEException unexpected) {
      throw new IllegalStateException(unexpected);
    }
  }

  static String unsigned(JWTClaimsSet claims) {
    return new PlainJWT(claims).serialize();
  }
}
