package com.example.orders.adapters.persistence.postgres;

import com.example.orders.application.port.EventEnvelope;
import com.example.orders.application.port.PendingEvents;
import com.example.orders.domain.shared.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The {@link PendingEvents} port on PostgreSQL. A claim is {@code SELECT ... FOR UPDATE SKIP
 * LOCKED}: the rows stay locked until the marking transaction ends, and another relay's claim
 * passes over them to the next pending rows, so relays never wait for one another and never
 * publish a row while another holds it. The marking transaction commits without waiting for the
 * WAL flush (a lost mark means a repeat, never a loss). Waiting is {@code LISTEN} on the channel
 * the outbox trigger notifies, through {@link OutboxNotifications}. It bypasses the database
 * guard: the relay backs off by itself, and its calls during an outage must not move the
 * requests' breaker.
 *
 * <p>The relay works across tenants, which row-level security denies a plain statement of the
 * service role: every statement here calls one of the narrow {@code SECURITY DEFINER} functions
 * of migration V12, the only way across tenants the service role is granted (ADR 0028).
 */
public final class PostgresPendingEvents implements PendingEvents {

  /** Delayed tasks wait for their time: V12's functions neither claim nor count them before it. */
  private static final String CLAIM = "SELECT event_id, event_type, aggregate_type, aggregate_id,"
      + " tenant_id, aggregate_version, occurred_at, schema_version, payload::text AS payload,"
      + " trace_parent"
      + " FROM outbox_claim_pending(:limit) ORDER BY occurred_at, aggregate_version";
  private static final String ASYNCHRONOUS_COMMIT = "SET LOCAL synchronous_commit TO OFF";
  private static final String MARK = "SELECT outbox_mark_published(:ids)";
  /** In slices, so that purging a long backlog never holds one huge transaction. */
  private static final String PURGE = "SELECT outbox_purge_published(:cutoff, :slice)";
  private static final String BACKLOG = "SELECT pending, oldest FROM outbox_backlog()";

  private final HandleBinding handles;
  private final OutboxNotifications notifications;

  public PostgresPendingEvents(PostgresDatabase database) {
    this.handles = database.backgroundHandles();
    this.notifications = new OutboxNotifications(database.settings());
  }

  @Override
  public int publishOldest(int limit, Function<List<EventEnvelope>, Set<UUID>> publish) {
    if (limit < 1) {
      throw new IllegalArgumentException("a claim takes at least one event");
    }
    return handles.inTransaction(() -> handles.acrossTenants(handle -> {
      // the mark need not wait for the WAL flush: a mark lost in a server crash only publishes
      // its events again, which delivery at-least-once allows and the consumers' inbox absorbs
      handle.execute(ASYNCHRONOUS_COMMIT);
      List<EventEnvelope> claimed = handle.createQuery(CLAIM)
          .bind("limit", limit)
          .map(PostgresPendingEvents::envelope)
          .list();
      if (claimed.isEmpty()) {
        return 0;
      }
      Set<UUID> published = publish.apply(claimed);
      if (!published.isEmpty()) {
        handle.createQuery(MARK).bindArray("ids", UUID.class, published).mapTo(Integer.class)
            .one();
      }
      return claimed.size();
    }));
  }

  @Override
  public void awaitAppended(Duration timeout) throws InterruptedException {
    notifications.await(timeout);
  }

  @Override
  public int purgePublishedBefore(Instant cutoff) {
    return SlicedPurge.run(handles, PURGE, cutoff);
  }

  @Override
  public Backlog backlog() {
    return handles.acrossTenants(handle -> handle.createQuery(BACKLOG)
        .map((row, context) -> new Backlog(row.getLong("pending"),
            Optional.ofNullable(row.getObject("oldest", OffsetDateTime.class))
                .map(OffsetDateTime::toInstant)))
        .one());
  }

  /** Stops listening: closes the listening connection, which ends a blocked wait. */
  @Override
  public void close() {
    notifications.close();
  }

  private static EventEnvelope envelope(ResultSet row, StatementContext context)
      throws SQLException {
    return new EventEnvelope(
        row.getObject("event_id", UUID.class),
        row.getString("event_type"),
        row.getString("aggregate_type"),
        row.getObject("aggregate_id", UUID.class),
        new TenantId(row.getString("tenant_id")),
        row.getLong("aggregate_version"),
        row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        row.getInt("schema_version"),
        PayloadJson.read(row.getString("payload")),
        Optional.ofNullable(row.getString("trace_parent")).orElse(""));
  }
}
