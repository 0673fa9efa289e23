package com.example.orders.adapters.http.audit;

import com.example.orders.application.audit.AuditEvent;
import com.example.orders.application.audit.AuditEntry;
import com.example.orders.application.audit.ChainLink;
import com.example.orders.application.audit.FieldChange;
import com.example.orders.domain.shared.TenantId;
import java.util.List;
import java.util.Optional;

/** One audit entry as the admin API shows it (the {@code AuditEntry} schema). */
record AuditEntryResponse(
    Long seq,
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

  /** A chain field: {@code null} until the entry is chained, moments after its commit. */
  static AuditEntryResponse of(AuditEntry entry) {
    AuditEvent event = entry.event();
    Optional<ChainLink> link = entry.link();
    return new AuditEntryResponse(link.map(ChainLink::seq).orElse(null), event.id().toString(),
        event.tenant().map(TenantId::value).orElse(null), event.occurredAt().toString(),
        event.actor().subject(), event.actor().clientIp().orElse(null),
        event.actor().requestId().orElse(null), event.action(), event.resourceType(),
        event.resourceId(), event.changes().stream().map(Change::of).toList(),
        event.outcome().code(), link.map(ChainLink::prevHash).orElse(null),
        link.map(ChainLink::hash).orElse(null));
  }

  /** A changed field: its values, or {@code withheld} for personal data. */
  record Change(String field, String before, String after, boolean withheld) {

    static Change of(FieldChange change) {
      return new Change(change.field(), change.before().orElse(null),
          change.after().orElse(null), change.withheld());
    }
  }
}
