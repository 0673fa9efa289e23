package com.example.orders.adapters.persistence.contract;

import com.example.orders.domain.order.OrderEvent;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.shared.TenantId;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/** What the outbox keeps of an event, in a form both adapters can report. */
public record StoredEvent(
    UUID eventId, String type, TenantId tenant, OrderId orderId, long version, Instant occurredAt) {

  /** The order in which {@link StorageUnderTest#committedEvents} reports them. */
  public static final Comparator<StoredEvent> OLDEST_FIRST =
      Comparator.comparing(StoredEvent::occurredAt).thenComparingLong(StoredEvent::version);

  public static StoredEvent of(OrderEvent event) {
    return new StoredEvent(event.eventId(), event.type(), event.tenantId(), event.orderId(),
        event.version(), event.occurredAt());
  }
}
