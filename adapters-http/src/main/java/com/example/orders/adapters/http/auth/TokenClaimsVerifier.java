package com.example.orders.adapters.http.auth;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimNames;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Set;

/**
 * Checks a token's claims against {@link AuthSettings}: exact issuer, accepted audience, required
 * {@code sub}, {@code exp} and tenant claim, and the time window ({@code exp}, {@code nbf} and
 * {@code iat}, each with the configured clock skew).
 */
final class TokenClaimsVerifier extends DefaultJWTClaimsVerifier<SecurityContext> {

  private final Clock clock;
  private final Duration clockSkew;

  TokenClaimsVerifier(AuthSettings settings, Clock clock) {
    super(
        Set.of(settings.audience()),
        new JWTClaimsSet.Builder().issuer(settings.issuer()).build(),
        Set.of(
            JWTClaimNames.ISSUER,
            JWTClaimNames.SUBJECT,
            JWTClaimNames.EXPIRATION_TIME,
            settings.tenantClaim()),
        Set.of());
    this.clock = clock;
    this.clockSkew = settings.clockSkew();
    setMaxClockSkew((int) settings.clockSkew().toSeconds());
  }

  @Override
  public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
    super.verify(claims, context);
    // the base class ignores iat; a token issued in the future was minted by a clock we cannot
    // trust
    Date issuedAt = claims.getIssueTime();
    if (issuedAt != null && issuedAt.toInstant().isAfter(clock.instant().plus(clockSkew))) {
      throw new BadJWTException("JWT issued in the future");
    }
  }

  @Override
  protected Date currentTime() {
    return Date.from(clock.instant());
  }
}
