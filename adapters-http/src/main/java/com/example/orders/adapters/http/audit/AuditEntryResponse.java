package com.example.orders.adapters.http.audit;

import com.example.orders.application.audit.AuditEvent;
import com.example.orders.application.audit.ChainedEvent;
import com.example.orders.application.audit.FieldChange;
import com.example.orders.domain.shared.TenantId;
import java.util.List;

/** One audit entry as the admin API shows it (the {@code AuditEntry} schema). */
record AuditEntryResponse(
    long seq,
    String id,
    String tenant,
    String occurredAt,
    String subject,
    String clientIp,
    String requestId,
    String action,
    String resourceType,
    String resourceId,
    List<Change> changes,
    String outcome,
    String prevHash,
    String hash) {

  static AuditEntryResponse of(ChainedEvent entry) {
    AuditEvent event = entry.event();
    return new AuditEntryResponse(entry.seq(), event.id().toString(),
        event.tenant().map(TenantId::value).orElse(null), event.occurredAt().toString(),
        event.actor().subject(), event.actor().clientIp().orElse(null),
        event.actor().requestId().orElse(null), event.action(), event.resourceType(),
        event.resourceId(), event.changes().stream().map(Change::of).toList(),
        event.outcome().code(), entry.prevHash(), entry.hash());
  }

  /** A changed field: its values, or {@code withheld} for personal data. */
  record Change(String field, String before, String after, boolean withheld) {

    static Change of(FieldChange change) {
      return new Change(change.field(), change.before().orElse(null),
          change.after().orElse(null), change.withheld());
    }
  }
}
