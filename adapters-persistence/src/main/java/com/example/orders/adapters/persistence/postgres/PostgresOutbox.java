package com.example.orders.adapters.persistence.postgres;

import com.example.orders.adapters.persistence.TraceContext;
import com.example.orders.application.port.EventEnvelope;
import com.example.orders.application.port.Outbox;
import com.example.orders.domain.shared.TenantId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The {@link Outbox} port on PostgreSQL: one {@code outbox} row per event, written in the calling
 * thread's transaction so that events commit with the change that caused them, with the trace
 * context of the running request.
 */
public final class PostgresOutbox implements Outbox {

  private static final String INSERT = "INSERT INTO outbox (event_id, tenant_id, aggregate_type,"
      + " aggregate_id, event_type, aggregate_version, occurred_at, schema_version, payload,"
      + " trace_parent, publish_after) VALUES (:eventId, :tenant, :aggregateType, :aggregateId,"
      + " :type, :version, :occurredAt, :schemaVersion, CAST(:payload AS jsonb), :traceParent,"
      + " :publishAfter)";

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
    handles.inTransaction(() -> handles.withHandle(tenant, handle -> {
      PreparedBatch batch = handle.prepareBatch(INSERT);
      for (EventEnvelope event : events) {
        batch.bind("eventId", event.id())
            .bind("tenant", event.tenant().value())
            .bind("aggregateType", event.aggregateType())
            .bind("aggregateId", event.aggregateId())
            .bind("type", event.type())
            .bind("version", event.version())
            .bind("occurredAt", OrderRows.timestamp(event.occurredAt()))
            .bind("schemaVersion", event.schemaVersion())
            .bind("payload", PayloadJson.write(event.payload()))
            .bind("traceParent", TraceContext.of(event).orElse(null))
            .bind("publishAfter", publishAfter)
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
