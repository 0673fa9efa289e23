package com.example.orders.bootstrap.demo;

import com.example.orders.adapters.http.auth.AuthSettings;
import com.example.orders.domain.shared.TenantId;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A development-only token issuer: signs bearer tokens with an EC P-256 key generated at start-up
 * (ES256: a P-256 key is made in about a millisecond, an RSA-2048 key takes far longer), so that
 * the API can be tried without an OpenID Connect server. Its tokens die with the process.
 */
public final class DemoTokenIssuer {

  /** A name in the reserved {@code .invalid} domain: it can never be a real issuer. */
  public static final String ISSUER = "https://demo-issuer.invalid";

  private static final JWSAlgorithm ALGORITHM = JWSAlgorithm.ES256;

  private final ECKey signingKey;
  private final ECDSASigner signer;
  private final Clock clock;

  private DemoTokenIssuer(ECKey signingKey, Clock clock) throws JOSEException {
    this.signingKey = signingKey;
    this.signer = new ECDSASigner(signingKey);
    this.clock = clock;
  }

  /** An issuer with a fresh key pair. */
  public static DemoTokenIssuer generate(Clock clock) {
    try {
      ECKey key = new ECKeyGenerator(Curve.P_256)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(ALGORITHM)
          .keyID("demo-" + UUID.randomUUID())
          .generate();
      return new DemoTokenIssuer(key, clock);
    } catch (JOSEException unsupported) {
      throw new IllegalStateException("this JVM cannot make EC P-256 keys", unsupported);
    }
  }

  /** The public half of the signing key, for the token verifier. */
  public JWKSet publicKeys() {
    return new JWKSet(signingKey.toPublicJWK());
  }

  /**
   * What the API demands of this issuer's tokens: the same audience, tenant claim and scopes as
   * the default configuration of a real issuer, so that clients behave alike in both modes.
   */
  public AuthSettings settings() {
    return new AuthSettings(ISSUER, Optional.empty(), AuthSettings.DEFAULT_AUDIENCE,
        AuthSettings.DEFAULT_TENANT_CLAIM, Set.of(ALGORITHM.getName()),
        AuthSettings.DEFAULT_READ_SCOPE, AuthSettings.DEFAULT_WRITE_SCOPE,
        AuthSettings.DEFAULT_ADMIN_SCOPE, AuthSettings.DEFAULT_CLOCK_SKEW);
  }

  /**
   * A signed access token.
   *
   * @param tenant the tenant the caller acts for
   * @param subject who the caller is
   * @param scopes what the caller may do, e.g. {@code orders:read}
   * @param validity how long the token is accepted
   */
  public String issue(TenantId tenant, String subject, Set<String> scopes, Duration validity) {
    Instant now = clock.instant();
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject(subject)
        .audience(AuthSettings.DEFAULT_AUDIENCE)
        .issueTime(Date.from(now))
        .notBeforeTime(Date.from(now))
        .expirationTime(Date.from(now.plus(validity)))
        .jwtID(UUID.randomUUID().toString())
        .claim(AuthSettings.DEFAULT_TENANT_CLAIM, tenant.value())
        // OAuth 2.0 (RFC 8693, RFC 9068): scopes as one space-separated string
        .claim("scope", String.join(" ", new TreeSet<>(scopes)))
        .build();
    JWSHeader header = new JWSHeader.Builder(ALGORITHM)
        .keyID(signingKey.getKeyID())
        .type(JOSEObjectType.JWT)
        .build();
    SignedJWT token = new SignedJWT(header, claims);
    try {
      token.sign(signer);
    } catch (JOSEException failure) {
      throw new IllegalStateException("signing a demo token failed", failure);
    }
    return token.serialize();
  }
}
