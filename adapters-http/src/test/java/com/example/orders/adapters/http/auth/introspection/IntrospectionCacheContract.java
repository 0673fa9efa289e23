package com.example.orders.adapters.http.auth.introspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.http.auth.Principal;
import com.example.orders.domain.shared.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link IntrospectionCache} does: the in-process twin and Redis alike. */
abstract class IntrospectionCacheContract {

  static final IntrospectedToken ACTIVE = IntrospectedToken.active(
      new Principal("user-17", new TenantId("acme"), Set.of("orders:read", "orders:write")),
      Optional.of(Instant.parse("2026-12-02T13:00:00Z")));
  static final IntrospectedToken REFUSED = IntrospectedToken.refused("the token is not active");

  abstract IntrospectionCache cache();

  /** Lets {@code time} pass for the cache's entries. */
  abstract void elapse(Duration time) throws InterruptedException;

  @Test
  void an_active_result_comes_back_as_it_was_stored() {
    cache().store(TokenHash.of("token-a"), ACTIVE, Duration.ofSeconds(30));

    assertThat(cache().find(TokenHash.of("token-a"))).contains(ACTIVE);
  }

  @Test
  void a_refusal_comes_back_with_its_reason() {
    cache().store(TokenHash.of("token-b"), REFUSED, Duration.ofSeconds(30));

    assertThat(cache().find(TokenHash.of("token-b"))).contains(REFUSED);
  }

  @Test
  void an_active_result_without_expiry_comes_back_without_one() {
    IntrospectedToken noExpiry = IntrospectedToken.active(ACTIVE.principal(), Optional.empty());
    cache().store(TokenHash.of("token-c"), noExpiry, Duration.ofSeconds(30));

    assertThat(cache().find(TokenHash.of("token-c"))).contains(noExpiry);
  }

  @Test
  void nothing_is_found_for_a_token_never_stored() {
    assertThat(cache().find(TokenHash.of("never-stored"))).isEmpty();
  }

  @Test
  void an_entry_is_gone_once_its_ttl_has_passed() throws InterruptedException {
    cache().store(TokenHash.of("token-d"), ACTIVE, Duration.ofMillis(150));
    elapse(Duration.ofMillis(50));
    assertThat(cache().find(TokenHash.of("token-d"))).isPresent();

    elapse(Duration.ofMillis(200));

    assertThat(cache().find(TokenHash.of("token-d"))).isEmpty();
  }
}
