package com.example.orders.adapters.persistence.postgres;

import com.example.orders.adapters.persistence.TraceContext;
import com.example.orders.application.port.EventEnvelope;
import com.example.orders.application.port.Outbox;
import com.example.orders.domain.shared.TenantId;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The {@link Outbox} port on PostgreSQL: one {@code outbox} row per event, written in the calling
 * thread's transaction so that events commit with the change that caused them, with the trace
 * context of the running request.
 */
public final class PostgresOutbox implements Outbox {

  private static final String INSERT = "INSERT INTO outbox (event_id, tenant_id, aggregate_type,"
      + " aggregate_id, event_type, aggregate_version, occurred_at, schema_version, payload,"
      + " trace_parent, publish_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)";

  private final HandleBinding handles;

  public PostgresOutbox(PostgresDatabase database) {
    this.handles = database.handles();
  }

  /** Appends all events or none: outside a transaction, the batch gets one of its own. */
  @Override
  public void append(List<EventEnvelope> events) {
    insert(events, null);
  }

  @Override
  public void append(List<EventEnvelope> events, Instant publishAfter) {
    insert(events, OrderRows.timestamp(publishAfter));
  }

  private void insert(List<EventEnvelope> events, OffsetDateTime publishAfter) {
    if (events.isEmpty()) {
      return;
    }
    TenantId tenant = events.getFirst().tenant();
    if (!events.stream().allMatch(event -> event.tenant().equals(tenant))) {
      throw new IllegalArgumentException("the events of one append belong to one tenant");
    }
    try {
      handles.statement(tenant, INSERT, statement -> {
        for (EventEnvelope event : events) {
          bind(statement, event, publishAfter);
          statement.addBatch();
        }
        return statement.executeBatch();
      });
    } catch (IllegalStateException failure) {
      if (DatabaseFailures.hasSqlState(failure, DatabaseFailures.UNIQUE_VIOLATION)) {
        // event ids come from the id generator: a repeat is a bug upstream, not a retry
        throw new IllegalStateException("an event of this batch is already in the outbox", failure);
      }
      throw failure;
    }
  }

  private static void bind(PreparedStatement statement, EventEnvelope event,
      OffsetDateTime publishAfter) throws SQLException {
    statement.setObject(1, event.id());
    statement.setString(2, event.tenant().value());
    statement.setString(3, event.aggregateType());
    statement.setObject(4, event.aggregateId());
    statement.setString(5, event.type());
    statement.setLong(6, event.version());
    statement.setObject(7, OrderRows.timestamp(event.occurredAt()));
    statement.setInt(8, event.schemaVersion());
    statement.setString(9, PayloadJson.write(event.payload()));
    statement.setString(10, TraceContext.of(event).orElse(null));
    statement.setObject(11, publishAfter, Types.TIMESTAMP_WITH_TIMEZONE);
  }
}
