package com.example.orders.adapters.persistence.postgres;

import com.example.orders.application.port.EventEnvelope;
import com.example.orders.application.port.Inbox;

/**
 * The {@link Inbox} port on PostgreSQL: one {@code inbox} row per consumer and event, inserted in
 * the calling thread's transaction. A redelivery that arrives while the first delivery's
 * transaction still runs waits for it on the primary key, then finds the row.
 */
public final class PostgresInbox implements Inbox {

  private static final String RECORD = "INSERT INTO inbox (consumer, event_id, tenant_id,"
      + " aggregate_type, aggregate_id, aggregate_version) VALUES (:consumer, :eventId, :tenant,"
      + " :aggregateType, :aggregateId, :version) ON CONFLICT DO NOTHING";
  private static final String NEWER = "SELECT EXISTS (SELECT 1 FROM inbox WHERE consumer ="
      + " :consumer AND aggregate_type = :aggregateType AND aggregate_id = :aggregateId"
      + " AND aggregate_version > :version)";

  private final HandleBinding handles;

  public PostgresInbox(PostgresDatabase database) {
    this.handles = database.handles();
  }

  @Override
  public Arrival record(String consumer, EventEnvelope event) {
    return handles.inTransaction(() -> handles.withHandle(event.tenant(), handle -> {
      int inserted = handle.createUpdate(RECORD)
          .bind("consumer", consumer)
          .bind("eventId", event.id())
          .bind("tenant", event.tenant().value())
          .bind("aggregateType", event.aggregateType())
          .bind("aggregateId", event.aggregateId())
          .bind("version", event.version())
          .execute();
      if (inserted == 0) {
        return Arrival.REPEAT;
      }
      boolean newer = handle.createQuery(NEWER)
          .bind("consumer", consumer)
          .bind("aggregateType", event.aggregateType())
          .bind("aggregateId", event.aggregateId())
          .bind("version", event.version())
          .mapTo(Boolean.class)
          .one();
      return newer ? Arrival.STALE : Arrival.FIRST;
    }));
  }
}
