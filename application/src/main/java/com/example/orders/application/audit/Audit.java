package com.example.orders.application.audit;

import com.example.orders.application.port.IdGenerator;
import com.example.orders.domain.shared.TenantId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What use cases call to audit a change, inside the change's transaction: the entry gets the
 * current actor, an id and the time, and is appended to the trail, so it commits with the change.
 * Switched off ({@link #disabled}), it records nothing.
 */
public final class Audit {

  private final AuditTrail trail;
  private final CurrentActor actors;
  private final IdGenerator ids;
  private final Clock clock;
  private final boolean enabled;

  public Audit(AuditTrail trail, CurrentActor actors, IdGenerator ids, Clock clock,
      boolean enabled) {
    this.trail = trail;
    this.actors = actors;
    this.ids = ids;
    this.clock = clock;
    this.enabled = enabled;
  }

  /** An audit that records nothing. */
  public static Audit disabled() {
    return new Audit(null, () -> Actor.SYSTEM, null, null, false);
  }

  /**
   * Records that the current actor did {@code action} to the resource, successfully, changing
   * {@code changes}. Call it inside the change's transaction.
   */
  public void changed(TenantId tenant, String action, String resourceType, String resourceId,
      List<FieldChange> changes) {
    if (!enabled) {
      return;
    }
    trail.append(new AuditEvent(ids.next(), Optional.of(tenant), actors.current(), action,
        resourceType, resourceId, changes, Outcome.SUCCESS, clock.instant()));
  }
}
