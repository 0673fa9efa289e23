package com.example.orders.adapters.http.auth.introspection;

import com.example.orders.adapters.http.auth.Principal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What this service concluded from an introspection, in the form it is cached: either the caller
 * the token names, until the token's {@code exp} if it has one, or why the token is refused.
 * Never the token itself.
 *
 * @param principal the caller; {@code null} when refused
 * @param expiresAt the token's {@code exp}; {@code null} when refused or when it has none
 * @param refusal why the token is refused, safe to show to the client; {@code null} when active
 */
public record IntrospectedToken(Principal principal, Instant expiresAt, String refusal) {

  public IntrospectedToken {
    if ((principal == null) == (refusal == null)) {
      throw new IllegalArgumentException("a token is either active with a principal or refused");
    }
    if (principal == null && expiresAt != null) {
      throw new IllegalArgumentException("a refused token has no expiry");
    }
  }

  public static IntrospectedToken active(Principal principal, Optional<Instant> expiresAt) {
    return new IntrospectedToken(Objects.requireNonNull(principal, "principal"),
        expiresAt.orElse(null), null);
  }

  public static IntrospectedToken refused(String refusal) {
    return new IntrospectedToken(null, null, Objects.requireNonNull(refusal, "refusal"));
  }

  public boolean active() {
    return principal != null;
  }
}
