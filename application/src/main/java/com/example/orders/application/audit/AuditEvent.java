package com.example.orders.application.audit;

import com.example.orders.domain.shared.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of the audit trail: who ({@code actor}, in {@code tenant}), what ({@code action} on
 * the resource, with the {@code changes}), when, and how it ended.
 *
 * @param tenant the tenant whose trail it joins; empty for a caller of no known tenant (a refused
 *     token), whose entries form a trail of their own
 * @param action what was done, named by the feature, e.g. {@code order.place}
 * @param resourceType e.g. {@code order}, or {@code route} for a security event
 * @param occurredAt whole microseconds, as stored
 */
public record AuditEvent(
    UUID id,
    Optional<TenantId> tenant,
    Actor actor,
    String action,
    String resourceType,
    String resourceId,
    List<FieldChange> changes,
    Outcome outcome,
    Instant occurredAt) {

  public AuditEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(resourceId, "resourceId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(occurredAt, "occurredAt");
    changes = List.copyOf(changes);
  }
}
