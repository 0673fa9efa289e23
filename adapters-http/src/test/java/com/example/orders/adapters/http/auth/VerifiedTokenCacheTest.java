package com.example.orders.adapters.http.auth;

import static com.example.orders.adapters.http.auth.Tokens.NOW;
import static com.example.orders.adapters.http.auth.Tokens.validClaims;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A verified token is remembered until it expires, so its signature is checked only once. */
class VerifiedTokenCacheTest {

  private final Tokens tokens = new Tokens("key-1");
  private final AtomicInteger keyLookups = new AtomicInteger();
  private final MutableClock clock = new MutableClock(NOW);
  private final JwtTokenVerifier verifier = new JwtTokenVerifier(
      Tokens.settings(Optional.empty()), countingKeys(), clock);

  @Test
  void a_token_seen_before_is_not_verified_again() throws InvalidTokenException {
    String token = tokens.signed(validClaims().build());

    Principal first = verifier.verify(token);
    Principal second = verifier.verify(token);

    assertThat(second).isEqualTo(first);
    assertThat(keyLookups).hasValue(1);
  }

  @Test
  void a_remembered_token_is_refused_once_it_has_expired() throws InvalidTokenException {
    String token = tokens.signed(validClaims().expirationTime(Date.from(NOW.plusSeconds(60))).build());
    verifier.verify(token);

    clock.advance(Duration.ofSeconds(61 + Tokens.SKEW.toSeconds()));

    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("Expired");
  }

  @Test
  void a_long_lived_token_is_verified_again_after_the_cache_lifetime() throws InvalidTokenException {
    String token = tokens.signed(validClaims().expirationTime(Date.from(NOW.plusSeconds(3_600))).build());
    verifier.verify(token);

    clock.advance(JwtTokenVerifier.VERIFIED_TOKEN_TTL.plusSeconds(1));
    verifier.verify(token);

    assertThat(keyLookups).hasValue(2);
  }

  @Test
  void a_refused_token_is_checked_again_every_time() {
    Tokens forger = new Tokens("key-1");
    String forged = forger.signed(validClaims().build());

    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> verifier.verify(forged)).isInstanceOf(InvalidTokenException.class);
    }
    assertThat(keyLookups).hasValue(2);
  }

  private JWKSource<SecurityContext> countingKeys() {
    ImmutableJWKSet<SecurityContext> keys = new ImmutableJWKSet<>(new JWKSet(tokens.key.toPublicJWK()));
    return (selector, context) -> {
      keyLookups.incrementAndGet();
      return keys.get(selector, context);
    };
  }
}
