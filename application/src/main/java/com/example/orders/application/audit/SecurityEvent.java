package com.example.orders.application.audit;

import com.example.orders.domain.shared.TenantId;
import java.util.Objects;
import java.util.Optional;

/**
 * A request the service refused for who sent it or how often: a token that was missing or not
 * acceptable, a scope it lacked, a rate limit it hit.
 *
 * @param tenant the caller's tenant when its token was verified, else empty
 * @param action e.g. {@code auth.unauthenticated}, {@code auth.forbidden}, {@code
 *     ratelimit.rejected}
 * @param resourceType e.g. {@code route}
 * @param resourceId e.g. {@code POST /api/v1/orders} (the route template, never the raw path)
 */
public record SecurityEvent(Optional<TenantId> tenant, Actor actor, String action,
    String resourceType, String resourceId, Outcome outcome) {

  public SecurityEvent {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(resourceId, "resourceId");
    Objects.requireNonNull(outcome, "outcome");
  }
}
