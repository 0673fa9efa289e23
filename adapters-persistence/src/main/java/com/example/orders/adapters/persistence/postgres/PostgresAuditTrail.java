package com.example.orders.adapters.persistence.postgres;

import com.example.orders.application.audit.AuditChain;
import com.example.orders.application.audit.AuditEvent;
import com.example.orders.application.audit.AuditQuery;
import com.example.orders.application.audit.AuditTrail;
import com.example.orders.application.audit.ChainAnchor;
import com.example.orders.application.audit.ChainedEvent;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.statement.Query;

/**
 * The {@link AuditTrail} port on PostgreSQL ({@code audit_events}, V13). An append is one
 * statement in the caller's transaction: it advances the tenant's row in {@code
 * audit_chain_heads}, whose lock orders the appends of one tenant until commit, and inserts the
 * entry with the hash PostgreSQL computes from the head's (see {@link AuditChain}). The statement
 * also sets {@code app.tenant} to the entry's tenant, in the very value it inserts, so that
 * row-level security admits the row whoever set the transaction up (a request, or the background
 * writer of security events).
 */
public final class PostgresAuditTrail implements AuditTrail {

  private static final String GENESIS = "decode(repeat('00', 32), 'hex')";

  private static final String APPEND = "WITH head AS ("
      + " INSERT INTO audit_chain_heads AS h (tenant_id, seq, prev_hash, hash)"
      + " VALUES (set_config('app.tenant', :trail, true), 1, " + GENESIS + ","
      + " sha256(" + GENESIS + " || convert_to('1' || chr(10) || :content, 'UTF8')))"
      + " ON CONFLICT (tenant_id) DO UPDATE SET seq = h.seq + 1, prev_hash = h.hash,"
      + " hash = sha256(h.hash || convert_to((h.seq + 1)::text || chr(10) || :content, 'UTF8'))"
      + " RETURNING tenant_id, seq, prev_hash, hash)"
      + " INSERT INTO audit_events (tenant_id, seq, id, occurred_at, subject, client_ip,"
      + " request_id, action, resource_type, resource_id, changes, outcome, prev_hash, hash)"
      + " SELECT tenant_id, seq, :id, :occurredAt, :subject, :clientIp, :requestId, :action,"
      + " :resourceType, :resourceId, CAST(:changes AS jsonb), :outcome, prev_hash, hash"
      + " FROM head";

  private static final HexFormat HEX = HexFormat.of();

  private final HandleBinding handles;

  public PostgresAuditTrail(PostgresDatabase database) {
    this.handles = database.handles();
  }

  @Override
  public void append(AuditEvent event) {
    handles.withHandle(handle -> handle.createUpdate(APPEND)
        .bind("trail", AuditChain.trail(event.tenant()))
        .bind("content", AuditChain.content(event))
        .bind("id", event.id())
        .bind("occurredAt", OrderRows.timestamp(event.occurredAt()))
        .bind("subject", event.actor().subject())
        .bind("clientIp", event.actor().clientIp().orElse(null))
        .bind("requestId", event.actor().requestId().orElse(null))
        .bind("action", event.action())
        .bind("resourceType", event.resourceType())
        .bind("resourceId", event.resourceId())
        .bind("changes", AuditRows.changesJson(event.changes()))
        .bind("outcome", event.outcome().code())
        .execute());
  }

  @Override
  public List<ChainedEvent> find(AuditQuery query) {
    StringBuilder sql = new StringBuilder("SELECT " + AuditRows.COLUMNS
        + " FROM audit_events WHERE tenant_id = :trail");
    query.subject().ifPresent(value -> sql.append(" AND subject = :subject"));
    query.action().ifPresent(value -> sql.append(" AND action = :action"));
    query.resourceType().ifPresent(value -> sql.append(" AND resource_type = :resourceType"));
    query.resourceId().ifPresent(value -> sql.append(" AND resource_id = :resourceId"));
    query.from().ifPresent(value -> sql.append(" AND occurred_at >= :from"));
    query.to().ifPresent(value -> sql.append(" AND occurred_at < :to"));
    query.before().ifPresent(value -> sql.append(" AND seq < :before"));
    sql.append(" ORDER BY seq DESC LIMIT :limit");
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
    return inTrail(trail, handle -> handle.createQuery("SELECT " + AuditRows.COLUMNS
            + " FROM audit_events WHERE tenant_id = :trail AND seq > :after"
            + " ORDER BY seq LIMIT :limit")
        .bind("trail", trail)
        .bind("after", afterSeq)
        .bind("limit", limit)
        .map(AuditRows::entry)
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
  public List<String> trails() {
    return handles.read(handle -> handle.createQuery(
            "SELECT tenant_id FROM audit_chain_heads ORDER BY tenant_id")
        .mapTo(String.class)
        .list());
  }

  @Override
  public long purgeBefore(Instant cutoff) {
    return handles.withHandle(handle -> handle.createQuery("SELECT audit_purge(:cutoff)")
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
        .orElse(ChainAnchor.ORIGIN));
  }

  /** Runs a read with {@code app.tenant} set to the trail, in the caller's transaction or its own. */
  private <T> T inTrail(String trail, HandleCallback<T, RuntimeException> read) {
    return handles.inTransaction(() -> handles.withHandle(handle -> {
      setTenant(handle, trail);
      return read.withHandle(handle);
    }));
  }

  private static void setTenant(Handle handle, String trail) {
    handle.createQuery("SELECT set_config('app.tenant', :trail, true)")
        .bind("trail", trail)
        .mapTo(String.class)
        .one();
  }
}
