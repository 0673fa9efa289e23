package com.example.orders.adapters.http.auth.introspection;

import com.example.orders.adapters.http.auth.AuthSettings;
import com.example.orders.adapters.http.auth.Principal;
import com.example.orders.domain.shared.InvalidValueException;
import com.example.orders.domain.shared.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Judges an introspection answer by the rules a local JWT must pass (ADR 0008), on the members
 * RFC 7662 defines: {@code active} true; {@code exp} and {@code nbf}, when present, within the
 * clock skew; {@code iss}, when present, the configured issuer; {@code aud}, when present,
 * containing the configured audience; {@code sub} and the tenant claim ({@link
 * AuthSettings#tenantClaim()}) required; scopes from {@code scope} (space-separated) and/or
 * {@code scp} (an array).
 */
final class IntrospectionRules {

  private final AuthSettings settings;
  private final Clock clock;

  IntrospectionRules(AuthSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  IntrospectedToken judge(Introspection introspection) {
    if (!introspection.active()) {
      return IntrospectedToken.refused("the token is not active");
    }
    JsonNode response = introspection.response();
    Instant now = clock.instant();
    Optional<Instant> expiresAt = instant(response, "exp");
    if (expiresAt.isPresent() && expiresAt.get().plus(settings.clockSkew()).isBefore(now)) {
      return IntrospectedToken.refused("the token has expired");
    }
    Optional<Instant> notBefore = instant(response, "nbf");
    if (notBefore.isPresent() && notBefore.get().minus(settings.clockSkew()).isAfter(now)) {
      return IntrospectedToken.refused("the token is not valid yet");
    }
    JsonNode issuer = response.path("iss");
    if (!issuer.isMissingNode() && !issuer.asText().equals(settings.issuer())) {
      return IntrospectedToken.refused("the token was issued by another issuer");
    }
    if (!hasAudience(response.path("aud"))) {
      return IntrospectedToken.refused("the token is meant for another audience");
    }
    String subject = response.path("sub").isTextual() ? response.get("sub").asText() : "";
    if (subject.isBlank()) {
      return IntrospectedToken.refused("the introspection answer names no sub");
    }
    TenantId tenant;
    try {
      tenant = new TenantId(response.path(settings.tenantClaim()).isTextual()
          ? response.get(settings.tenantClaim()).asText() : null);
    } catch (InvalidValueException notATenant) {
      return IntrospectedToken.refused(
          "the " + settings.tenantClaim() + " claim is not a valid tenant id");
    }
    return IntrospectedToken.active(new Principal(subject, tenant, scopes(response)), expiresAt);
  }

  private boolean hasAudience(JsonNode audience) {
    if (audience.isMissingNode() || audience.isNull()) {
      return true;
    }
    if (audience.isTextual()) {
      return audience.asText().equals(settings.audience());
    }
    for (JsonNode each : audience) {
      if (each.isTextual() && each.asText().equals(settings.audience())) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> scopes(JsonNode response) {
    Set<String> scopes = new HashSet<>();
    JsonNode scope = response.path("scope");
    if (scope.isTextual()) {
      for (String each : scope.asText().trim().split(" +")) {
        if (!each.isEmpty()) {
          scopes.add(each);
        }
      }
    }
    for (JsonNode each : response.path("scp")) {
      if (each.isTextual()) {
        scopes.add(each.asText());
      }
    }
    return scopes;
  }

  private static Optional<Instant> instant(JsonNode response, String member) {
    JsonNode seconds = response.path(member);
    return seconds.isNumber()
        ? Optional.of(Instant.ofEpochSecond(seconds.asLong()))
        : Optional.empty();
  }
}
