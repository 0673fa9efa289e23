package com.example.orders.adapters.persistence.postgres;

import com.example.orders.application.port.EventEnvelope;
import com.example.orders.application.port.Inbox;
import java.sql.ResultSet;
import java.time.Instant;

/**
 * The {@link Inbox} port on PostgreSQL: one {@code inbox} row per consumer and event, inserted in
 * the calling thread's transaction. A redelivery that arrives while the first delivery's
 * transaction still runs waits for it on the primary key, then finds the row.
 */
public final class PostgresInbox implements Inbox {

  /**
   * One round trip: the insert, and whether a newer event of the aggregate was handled already
   * (the subquery sees the rows before the insert, which cannot be newer than itself).
   */
  private static final String RECORD = "WITH recorded AS (INSERT INTO inbox (consumer, event_id,"
      + " tenant_id, aggregate_type, aggregate_id, aggregate_version) VALUES (?, ?, ?, ?, ?, ?)"
      + " ON CONFLICT DO NOTHING RETURNING 1)"
      + " SELECT EXISTS (SELECT 1 FROM recorded) AS first, EXISTS (SELECT 1 FROM inbox"
      + " WHERE consumer = ? AND aggregate_type = ? AND aggregate_id = ? AND aggregate_version > ?)"
      + " AS newer";

  /**
   * In slices, like the outbox purge, so that no delete holds one huge transaction; across
   * tenants, through the one function of migration V14 that may (ADR 0028).
   */
  private static final String PURGE = "SELECT inbox_purge_handled(:cutoff, :slice)";

  private final HandleBinding handles;
  private final HandleBinding backgroundHandles;

  public PostgresInbox(PostgresDatabase database) {
    this.handles = database.handles();
    this.backgroundHandles = database.backgroundHandles();
  }

  @Override
  public Arrival record(String consumer, EventEnvelope event) {
    return handles.statement(event.tenant(), RECORD, statement -> {
      statement.setString(1, consumer);
      statement.setObject(2, event.id());
      statement.setString(3, event.tenant().value());
      statement.setString(4, event.aggregateType());
      statement.setObject(5, event.aggregateId());
      statement.setLong(6, event.version());
      statement.setString(7, consumer);
      statement.setString(8, event.aggregateType());
      statement.setObject(9, event.aggregateId());
      statement.setLong(10, event.version());
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return !row.getBoolean("first") ? Arrival.REPEAT
            : row.getBoolean("newer") ? Arrival.STALE : Arrival.FIRST;
      }
    });
  }

  /** Bypasses the database guard, like the relay: a background chore must not move the breaker. */
  @Override
  public int purgeHandledBefore(Instant cutoff) {
    return SlicedPurge.run(backgroundHandles, PURGE, cutoff);
  }
}
