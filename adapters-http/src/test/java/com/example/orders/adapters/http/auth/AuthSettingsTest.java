package com.example.orders.adapters.http.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthSettingsTest {

  @ParameterizedTest
  @ValueSource(strings = {"HS256", "HS512", "none"})
  void shared_secret_and_unsigned_algorithms_cannot_be_allowed(String algorithm) {
    assertThatThrownBy(() -> settings(Set.of("RS256", algorithm), Duration.ofSeconds(30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(algorithm);
  }

  @Test
  void asymmetric_algorithms_are_allowed() {
    assertThat(settings(Set.of("RS256", "ES256", "PS256", "EdDSA"), Duration.ZERO).algorithms())
        .hasSize(4);
  }

  @Test
  void a_clock_skew_beyond_five_minutes_is_refused() {
    assertThatThrownBy(() -> settings(Set.of("RS256"), Duration.ofMinutes(6)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clockSkew");
  }

  private static AuthSettings settings(Set<String> algorithms, Duration skew) {
    return new AuthSettings(
        "https://id.example",
        Optional.empty(),
        "orders-api",
        "tenant",
        algorithms,
        "orders:read",
        "orders:write",
        "orders:admin",
        skew);
  }
}
