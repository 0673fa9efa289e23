package com.example.orders.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.adapters.http.auth.InvalidTokenException;
import com.example.orders.adapters.http.auth.JwtTokenVerifier;
import com.example.orders.adapters.http.auth.Principal;
import com.example.orders.domain.shared.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoTokenIssuerTest {

  private final DemoTokenIssuer issuer = DemoTokenIssuer.generate(Clock.systemUTC());
  private final JwtTokenVerifier verifier =
      JwtTokenVerifier.withKeys(issuer.settings(), issuer.publicKeys());

  @Test
  void its_tokens_prove_the_tenant_subject_and_scopes_they_were_issued_for() throws Exception {
    String token = issuer.issue(
        new TenantId("acme"), "alice", Set.of("orders:read", "orders:write"), Duration.ofHours(1));

    Principal principal = verifier.verify(token);

    assertThat(principal.tenant()).isEqualTo(new TenantId("acme"));
    assertThat(principal.subject()).isEqualTo("alice");
    assertThat(principal.scopes()).containsExactlyInAnyOrder("orders:read", "orders:write");
  }

  @Test
  void tokens_of_another_demo_issuer_are_rejected() {
    DemoTokenIssuer other = DemoTokenIssuer.generate(Clock.systemUTC());
    String forged = other.issue(new TenantId("acme"), "mallory", Set.of("orders:write"),
        Duration.ofHours(1));

    assertThatThrownBy(() -> verifier.verify(forged)).isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void expired_tokens_are_rejected() {
    Clock yesterday = Clock.fixed(Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC);
    DemoTokenIssuer pastIssuer = DemoTokenIssuer.generate(yesterday);
    JwtTokenVerifier pastVerifier =
        JwtTokenVerifier.withKeys(pastIssuer.settings(), pastIssuer.publicKeys());
    String expired = pastIssuer.issue(
        new TenantId("acme"), "alice", Set.of("orders:read"), Duration.ofHours(12));

    assertThatThrownBy(() -> pastVerifier.verify(expired))
        .isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void only_the_public_half_of_the_key_is_handed_out() {
    assertThat(issuer.publicKeys().getKeys()).singleElement()
        .satisfies(key -> assertThat(key.isPrivate()).isFalse());
  }
}
