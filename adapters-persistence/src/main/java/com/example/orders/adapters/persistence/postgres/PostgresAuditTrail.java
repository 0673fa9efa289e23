package com.example.orders.adapters.persistence.postgres;

import com.example.orders.application.audit.AuditChain;
import com.example.orders.application.audit.AuditEntry;
import com.example.orders.application.audit.AuditEvent;
import com.example.orders.application.audit.AuditQuery;
import com.example.orders.application.audit.AuditTrail;
import com.example.orders.application.audit.ChainAnchor;
import com.example.orders.application.audit.ChainedEvent;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.statement.Query;

/**
 * The {@link AuditTrail} port on PostgreSQL (V13). An append is one statement in the caller's
 * transaction: the entry into {@code audit_events} and its id into {@code audit_unsealed}, taking
 * no lock another append waits for. The statement sets {@code app.tenant} to the entry's tenant in
 * the very value it inserts, so row-level security admits the row whoever set the transaction up
 * (a request, or the writer of security events). {@link #seal} then chains what committed, per
 * tenant under the lock of the tenant's {@code audit_chain_heads} row (see {@link AuditSealer}).
 */
public final class PostgresAuditTrail implements AuditTrail {

  private static final String APPEND = "WITH entry AS ("
      + " INSERT INTO audit_events (tenant_id, id, occurred_at, subject, client_ip, request_id,"
      + " action, resource_type, resource_id, changes, outcome)"
      + " VALUES (set_config('app.tenant', :trail, true), :id, :occurredAt, :subject, :clientIp,"
      + " :requestId, :action, :resourceType, :resourceId, CAST(:changes AS jsonb), :outcome)"
      + " RETURNING tenant_id, position)"
      + " INSERT INTO audit_unsealed (tenant_id, position) SELECT tenant_id, position FROM entry";

  private static final String CHAIN = "SELECT " + AuditRows.LINK_COLUMNS + ", "
      + AuditRows.COLUMNS + " FROM audit_chain c LEFT JOIN audit_events e"
      + " ON e.tenant_id = c.tenant_id AND e.position = c.position WHERE c.tenant_id = :trail AND c.seq > :after ORDER BY c.seq LIMIT :limit";

  private static final String UNCHAINED = "SELECT e.id FROM audit_events e"
      + " WHERE e.tenant_id = :trail"
      + " AND NOT EXISTS (SELECT 1 FROM audit_chain c"
      + " WHERE c.tenant_id = e.tenant_id AND c.position = e.position)"
      + " AND NOT EXISTS (SELECT 1 FROM audit_unsealed u"
      + " WHERE u.tenant_id = e.tenant_id AND u.position = e.position)"
      + " ORDER BY e.position LIMIT :limit";

  private static final HexFormat HEX = HexFormat.of();

  private final HandleBinding handles;
  private final AuditSealer sealer;

  public PostgresAuditTrail(PostgresDatabase database) {
    this.handles = database.handles();
    this.sealer = new AuditSealer(database.backgroundHandles());
  }

  @Override
  public void append(AuditEvent event) {
    handles.acrossTenants(handle -> handle.createUpdate(APPEND)
        .bind("trail", AuditChain.trail(event.tenant()))
        .bind("id", event.id())
        .bind("occurredAt", OrderRows.timestamp(event.occurredAt()))
        .bind("subject", storable(event.actor().subject()))
        .bind("clientIp", event.actor().clientIp().orElse(null))
        .bind("requestId", event.actor().requestId().orElse(null))
        .bind("action", event.action())
        .bind("resourceType", event.resourceType())
        .bind("resourceId", storable(event.resourceId()))
        .bind("changes", AuditRows.changesJson(event.changes()))
        .bind("outcome", event.outcome().code())
        .execute());
  }

  @Override
  public int seal(int limit) {
    return sealer.seal(limit);
  }

  @Override
  public List<AuditEntry> find(AuditQuery query) {
    StringBuilder sql = new StringBuilder("SELECT " + AuditRows.COLUMNS + ", "
        + AuditRows.LINK_COLUMNS + " FROM audit_events e"
        + " LEFT JOIN audit_chain c ON c.tenant_id = e.tenant_id AND c.position = e.position"
        + " WHERE e.tenant_id = :trail");
    query.subject().ifPresent(value -> sql.append(" AND e.subject = :subject"));
    query.action().ifPresent(value -> sql.append(" AND e.action = :action"));
    query.resourceType().ifPresent(value -> sql.append(" AND e.resource_type = :resourceType"));
    query.resourceId().ifPresent(value -> sql.append(" AND e.resource_id = :resourceId"));
    query.from().ifPresent(value -> sql.append(" AND e.occurred_at >= :from"));
    query.to().ifPresent(value -> sql.append(" AND e.occurred_at < :to"));
    query.before().ifPresent(value -> sql.append(" AND e.position < :before"));
    sql.append(" ORDER BY e.position DESC LIMIT :limit");
    return inTrail(query.trail(), handle -> {
      Query select = handle.createQuery(sql.toString())
          .bind("trail", query.trail())
          .bind("limit", query.limit());
      query.subject().ifPresent(value -> select.bind("subject", value));
      query.action().ifPresent(value -> select.bind("action", value));
      query.resourceType().ifPresent(value -> select.bind("resourceType", value));
      query.resourceId().ifPresent(value -> select.bind("resourceId", value));
      query.from().ifPresent(value -> select.bind("from", OrderRows.timestamp(value)));
      query.to().ifPresent(value -> select.bind("to", OrderRows.timestamp(value)));
      query.before().ifPresent(value -> select.bind("before", value));
      return select.map(AuditRows::entry).list();
    });
  }

  @Override
  public List<ChainedEvent> chain(String trail, long afterSeq, int limit) {
    return inTrail(trail, handle -> handle.createQuery(CHAIN)
        .bind("trail", trail)
        .bind("after", afterSeq)
        .bind("limit", limit)
        .map(AuditRows::chained)
        .list());
  }

  @Override
  public ChainAnchor anchor(String trail) {
    return position(trail, "audit_chain_anchors");
  }

  @Override
  public ChainAnchor head(String trail) {
    return position(trail, "audit_chain_heads");
  }

  @Override
  public long pending(String trail) {
    return inTrail(trail, handle -> handle.createQuery(
            "SELECT count(*) FROM audit_unsealed WHERE tenant_id = :trail")
        .bind("trail", trail)
        .mapTo(Long.class)
        .one());
  }

  @Override
  public List<UUID> unchained(String trail, int limit) {
    return inTrail(trail, handle -> handle.createQuery(UNCHAINED)
        .bind("trail", trail)
        .bind("limit", limit)
        .mapTo(UUID.class)
        .list());
  }

  @Override
  public List<String> trails() {
    return handles.acrossTenants(handle -> handle.createQuery("SELECT audit_trails()")
        .mapTo(String.class)
        .list());
  }

  @Override
  public long purgeBefore(Instant cutoff) {
    return handles.acrossTenants(handle -> handle.createQuery("SELECT audit_purge(:cutoff)")
        .bind("cutoff", OrderRows.timestamp(cutoff))
        .mapTo(Long.class)
        .one());
  }

  private ChainAnchor position(String trail, String table) {
    return inTrail(trail, handle -> handle.createQuery(
            "SELECT seq, hash FROM " + table + " WHERE tenant_id = :trail")
        .bind("trail", trail)
        .map((row, context) -> new ChainAnchor(row.getLong("seq"),
            HEX.formatHex(row.getBytes("hash"))))
        .findOne()
        .filter(anchor -> anchor.seq() > 0)
        .orElse(ChainAnchor.ORIGIN));
  }

  /**
   * PostgreSQL's text cannot hold NUL: a subject with one (from a trusted but odd issuer) must not
   * fail the change it audits. Stored as U+FFFD; the chain hashes what is stored.
   */
  private static String storable(String text) {
    return text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
  }

  /** Runs a read with {@code app.tenant} set to the trail, in the caller's transaction or its own. */
  private <T> T inTrail(String trail, HandleCallback<T, RuntimeException> read) {
    return handles.inTransaction(() -> handles.acrossTenants(handle -> {
      AuditSealer.setTenant(handle, trail);
      return read.withHandle(handle);
    }));
  }
}
