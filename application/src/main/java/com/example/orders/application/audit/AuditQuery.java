package com.example.orders.application.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of one trail, newest first: entries matching every given filter, stored before the entry
 * at {@code before} when given (keyset pagination on {@link AuditEntry#position}).
 *
 * @param trail the tenant id, or {@link AuditChain#NO_TENANT}
 * @param from inclusive
 * @param to exclusive
 */
public record AuditQuery(
    String trail,
    Optional<String> subject,
    Optional<String> action,
    Optional<String> resourceType,
    Optional<String> resourceId,
    Optional<Instant> from,
    Optional<Instant> to,
    Optional<Long> before,
    int limit) {

  public AuditQuery {
    Objects.requireNonNull(trail, "trail");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(resourceId, "resourceId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(before, "before");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
  }

  /** Every entry of the trail, newest first, {@code limit} at a time. */
  public static AuditQuery all(String trail, int limit) {
    return new AuditQuery(trail, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
  }

  public AuditQuery before(long position) {
    return new AuditQuery(trail, subject, action, resourceType, resourceId, from, to,
        Optional.of(position), limit);
  }
}
