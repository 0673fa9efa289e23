package com.example.orders.adapters.http.auth.introspection;

import com.example.orders.adapters.http.auth.Principal;
import com.example.orders.domain.shared.TenantId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * An {@link IntrospectedToken} as a small JSON text, for a shared cache:
 * {@code {"sub":"...","tenant":"...","scopes":["..."],"exp":1767225600}} or
 * {@code {"refusal":"..."}}. A text that does not decode is a miss, never an error.
 */
final class CachedTokenCodec {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CachedTokenCodec() {}

  static String encode(IntrospectedToken token) {
    ObjectNode node = JSON.createObjectNode();
    if (token.active()) {
      Principal principal = token.principal();
      node.put("sub", principal.subject());
      node.put("tenant", principal.tenant().value());
      principal.scopes().stream().sorted().forEach(node.putArray("scopes")::add);
      if (token.expiresAt() != null) {
        node.put("exp", token.expiresAt().getEpochSecond());
      }
    } else {
      node.put("refusal", token.refusal());
    }
    return node.toString();
  }

  static Optional<IntrospectedToken> decode(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      if (node.path("refusal").isTextual()) {
        return Optional.of(IntrospectedToken.refused(node.get("refusal").asText()));
      }
      Set<String> scopes = new HashSet<>();
      node.path("scopes").forEach(scope -> scopes.add(scope.asText()));
      Principal principal = new Principal(node.path("sub").asText(),
          new TenantId(node.path("tenant").asText()), scopes);
      Optional<Instant> expiresAt = node.path("exp").isNumber()
          ? Optional.of(Instant.ofEpochSecond(node.get("exp").asLong()))
          : Optional.empty();
      return Optional.of(IntrospectedToken.active(principal, expiresAt));
    } catch (JsonProcessingException | RuntimeException broken) {
      return Optional.empty();
    }
  }
}
