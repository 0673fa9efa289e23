package com.example.orders.adapters.persistence.contract;

import com.example.orders.application.order.OrderEventEnvelopes;
import com.example.orders.application.port.EventEnvelope;
import com.example.orders.domain.order.OrderEvent;
import com.example.orders.domain.shared.TenantId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;

/** What the outbox keeps of an event, in a form both adapters can report. */
public record StoredEvent(
    UUID eventId, String type, TenantId tenant, String aggregateType, UUID aggregateId,
    long version, Instant occurredAt, int schemaVersion, Map<String, Object> payload) {

  /** The order in which {@link StorageUnderTest#committedEvents} reports them. */
  public static final Comparator<StoredEvent> OLDEST_FIRST =
      Comparator.comparing(StoredEvent::occurredAt).thenComparingLong(StoredEvent::version);

  public static StoredEvent of(EventEnvelope event) {
    return new StoredEvent(event.id(), event.type(), event.tenant(), event.aggregateType(),
        event.aggregateId(), event.version(), event.occurredAt(), event.schemaVersion(),
        event.payload());
  }

  public static StoredEvent of(OrderEvent event) {
    return of(OrderEventEnvelopes.of(event));
  }
}
