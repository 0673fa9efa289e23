package com.example.orders.adapters.http.auth;

import static com.example.orders.adapters.http.auth.Tokens.NOW;
import static com.example.orders.adapters.http.auth.Tokens.validClaims;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.domain.shared.TenantId;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JwtTokenVerifierTest {

  private final Tokens tokens = new Tokens("key-1");
  private final JwtTokenVerifier verifier =
      new JwtTokenVerifier(
          Tokens.settings(Optional.empty()),
          new ImmutableJWKSet<>(new JWKSet(tokens.key.toPublicJWK())),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void a_valid_token_names_the_subject_tenant_and_scopes() throws InvalidTokenException {
    Principal principal = verifier.verify(tokens.signed(validClaims().build()));

    assertThat(principal.subject()).isEqualTo("user-17");
    assertThat(principal.tenant()).isEqualTo(new TenantId("acme"));
    assertThat(principal.scopes()).containsExactlyInAnyOrder("orders:read", "orders:write");
  }

  @Test
  void scopes_may_also_come_as_an_scp_array() throws InvalidTokenException {
    JWTClaimsSet claims =
        validClaims().claim("scope", null).claim("scp", List.of("orders:read")).build();

    assertThat(verifier.verify(tokens.signed(claims)).scopes()).containsExactly("orders:read");
  }

  @Test
  void the_audience_may_name_other_services_too() throws InvalidTokenException {
    JWTClaimsSet claims = validClaims().audience(List.of("billing", Tokens.AUDIENCE)).build();

    assertThat(verifier.verify(tokens.signed(claims)).subject()).isEqualTo("user-17");
  }

  @Test
  void a_token_that_expired_within_the_clock_skew_is_still_accepted() throws InvalidTokenException {
    JWTClaimsSet claims = validClaims().expirationTime(Date.from(NOW.minusSeconds(10))).build();

    assertThat(verifier.verify(tokens.signed(claims)).subject()).isEqualTo("user-17");
  }

  @Test
  void an_expired_token_is_refused() {
    JWTClaimsSet claims = validClaims().expirationTime(Date.from(NOW.minusSeconds(60))).build();

    assertRefused(tokens.signed(claims), "Expired JWT");
  }

  @Test
  void a_token_not_valid_yet_is_refused() {
    JWTClaimsSet claims = validClaims().notBeforeTime(Date.from(NOW.plusSeconds(120))).build();

    assertRefused(tokens.signed(claims), "before use time");
  }

  @Test
  void a_token_issued_in_the_future_is_refused() {
    JWTClaimsSet claims = validClaims().issueTime(Date.from(NOW.plusSeconds(120))).build();

    assertRefused(tokens.signed(claims), "issued in the future");
  }

  @Test
  void a_token_without_expiry_is_refused() {
    assertRefused(
        tokens.signed(validClaims().expirationTime(null).build()),
        "missing required claims: [exp]");
  }

  @Test
  void a_token_from_another_issuer_is_refused() {
    assertRefused(tokens.signed(validClaims().issuer("https://evil.example").build()), "iss");
  }

  @Test
  void a_token_for_another_audience_is_refused() {
    assertRefused(tokens.signed(validClaims().audience("billing").build()), "aud");
  }

  @Test
  void a_token_without_subject_is_refused() {
    assertRefused(tokens.signed(validClaims().subject(null).build()), "sub");
  }

  @Test
  void a_token_without_tenant_is_refused() {
    assertRefused(tokens.signed(validClaims().claim("tenant", null).build()), "tenant");
  }

  @Test
  void a_token_whose_tenant_is_not_a_valid_tenant_id_is_refused() {
    assertRefused(
        tokens.signed(validClaims().claim("tenant", "../other tenant").build()),
        "the tenant claim is not a valid tenant id");
  }

  @Test
  void a_token_signed_by_another_key_is_refused() {
    Tokens forger = new Tokens("key-1");

    assertRefused(forger.signed(validClaims().build()), "Invalid signature");
  }

  @Test
  void a_token_signed_with_a_shared_secret_is_refused_even_if_the_secret_is_the_public_key() {
    byte[] publicKeyAsSecret = tokens.key.toPublicJWK().toJSONString().getBytes();

    assertRefused(tokens.hmacSigned(validClaims().build(), publicKeyAsSecret), "algorithm");
  }

  @Test
  void an_unsigned_token_is_refused() {
    assertRefused(Tokens.unsigned(validClaims().build()), "Unsecured");
  }

  @Test
  void a_token_naming_an_unknown_key_is_refused() {
    Tokens stranger = new Tokens("key-2");

    assertRefused(stranger.signed(validClaims().build()), "no matching key");
  }

  @Test
  void garbage_is_refused() {
    assertRefused("not.a.jwt", "not a well-formed JWT");
  }

  private void assertRefused(String token, String reason) {
    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining(reason);
  }
}
