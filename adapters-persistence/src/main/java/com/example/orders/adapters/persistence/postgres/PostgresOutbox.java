package com.example.orders.adapters.persistence.postgres;

import com.example.orders.application.port.Outbox;
import com.example.orders.domain.order.OrderEvent;
import java.util.List;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The {@link Outbox} port on PostgreSQL: one {@code outbox} row per event, written in the calling
 * thread's transaction so that events commit with the change that caused them.
 */
public final class PostgresOutbox implements Outbox {

  private static final String INSERT = "INSERT INTO outbox"
      + " (event_id, tenant_id, aggregate_id, event_type, aggregate_version, occurred_at, payload)"
      + " VALUES (:eventId, :tenant, :orderId, :type, :version, :occurredAt,"
      + " CAST(:payload AS jsonb))";

  private final HandleBinding handles;

  public PostgresOutbox(PostgresDatabase database) {
    this.handles = database.handles();
  }

  /** Appends all events or none: outside a transaction, the batch gets one of its own. */
  @Override
  public void append(List<OrderEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    handles.inTransaction(() -> handles.withHandle(handle -> {
      PreparedBatch batch = handle.prepareBatch(INSERT);
      for (OrderEvent event : events) {
        batch.bind("eventId", event.eventId())
            .bind("tenant", event.tenantId().value())
            .bind("orderId", event.orderId().value())
            .bind("type", event.type())
            .bind("version", event.version())
            .bind("occurredAt", OrderRows.timestamp(event.occurredAt()))
            .bind("payload", OutboxPayloads.json(event))
            .add();
      }
      try {
        return batch.execute();
      } catch (UnableToExecuteStatementException failure) {
        if (DatabaseFailures.hasSqlState(failure, DatabaseFailures.UNIQUE_VIOLATION)) {
          // event ids come from the id generator: a repeat is a bug upstream, not a retry
          throw new IllegalStateException(
              "an event of this batch is already in the outbox", failure);
        }
        throw failure;
      }
    }));
  }
}
