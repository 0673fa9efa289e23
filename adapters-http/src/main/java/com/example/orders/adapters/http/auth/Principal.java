package com.example.orders.adapters.http.auth;

import com.example.orders.domain.shared.TenantId;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, as their verified token says.
 *
 * @param subject the token's {@code sub}: a stable, pseudonymous id of the caller
 * @param tenant the tenant whose data the caller may see; every use case is scoped to it
 * @param scopes what the caller may do, e.g. {@code orders:read}
 */
public record Principal(String subject, TenantId tenant, Set<String> scopes) {

  public Principal {
    Objects.requireNonNull(tenant, "tenant");
    if (subject == null || subject.isBlank()) {
      throw new IllegalArgumentException("a principal needs a subject");
    }
    scopes = Set.copyOf(scopes);
  }

  public boolean hasScope(String scope) {
    return scopes.contains(scope);
  }
}
