package com.example.orders.adapters.persistence.postgres;

import com.example.orders.application.audit.AuditChain;
import com.example.orders.application.audit.AuditEvent;
import java.util.HexFormat;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Chains committed audit entries: for each trail with entries in {@code audit_unsealed}, in one
 * transaction, it locks the trail's head row (so sealers of one trail, on any instance, take
 * turns), takes the oldest waiting entries off the queue, links each to the one before with
 * {@link AuditChain#link} and moves the head. Entries of one tenant are chained in the order they
 * became visible; an entry that commits late simply joins a later batch.
 */
final class AuditSealer {

  private static final String PENDING_TRAILS = "SELECT audit_pending_trails()";

  private static final String LOCK_HEAD = "INSERT INTO audit_chain_heads AS h (tenant_id, seq,"
      + " hash) VALUES (:trail, 0, decode(repeat('00', 32), 'hex'))"
      + " ON CONFLICT (tenant_id) DO UPDATE SET seq = h.seq RETURNING seq, hash";

  private static final String TAKE = "WITH taken AS (DELETE FROM audit_unsealed u"
      + " WHERE u.tenant_id = :trail AND u.position IN (SELECT position FROM audit_unsealed"
      + " WHERE tenant_id = :trail ORDER BY position LIMIT :limit) RETURNING u.position)"
      + " SELECT " + AuditRows.COLUMNS + " FROM audit_events e JOIN taken USING (position)"
      + " WHERE e.tenant_id = :trail ORDER BY e.position";

  private static final String LINK = "INSERT INTO audit_chain (tenant_id, seq, position,"
      + " prev_hash, hash) VALUES (:trail, :seq, :position, :prevHash, :hash)";

  private static final String MOVE_HEAD =
      "UPDATE audit_chain_heads SET seq = :seq, hash = :hash WHERE tenant_id = :trail";

  private static final HexFormat HEX = HexFormat.of();

  private final HandleBinding handles;

  AuditSealer(HandleBinding handles) {
    this.handles = handles;
  }

  /** Chains up to {@code limit} waiting entries of each trail; returns how many in all. */
  int seal(int limit) {
    List<String> trails = handles.acrossTenants(handle ->
        handle.createQuery(PENDING_TRAILS).mapTo(String.class).list());
    int sealed = 0;
    for (String trail : trails) {
      // the trail's tenant is set by sealTrail itself: the trail of no tenant ("-") is no TenantId
      sealed += handles.inTransaction(() ->
          handles.acrossTenants(handle -> sealTrail(handle, trail, limit)));
    }
    return sealed;
  }

  private static int sealTrail(Handle handle, String trail, int limit) {
    setTenant(handle, trail);
    Head head = handle.createQuery(LOCK_HEAD)
        .bind("trail", trail)
        .map((row, context) -> new Head(row.getLong("seq"), HEX.formatHex(row.getBytes("hash"))))
        .one();
    List<Waiting> waiting = handle.createQuery(TAKE)
        .bind("trail", trail)
        .bind("limit", limit)
        .map((row, context) -> new Waiting(row.getLong("position"), AuditRows.event(row)))
        .list();
    if (waiting.isEmpty()) {
      return 0;
    }
    PreparedBatch links = handle.prepareBatch(LINK);
    long seq = head.seq();
    String hash = head.hash();
    for (Waiting entry : waiting) {
      seq++;
      String previous = hash;
      hash = AuditChain.link(previous, seq, AuditChain.content(entry.event()));
      links.bind("trail", trail)
          .bind("seq", seq)
          .bind("position", entry.position())
          .bind("prevHash", HEX.parseHex(previous))
          .bind("hash", HEX.parseHex(hash))
          .add();
    }
    links.execute();
    handle.createUpdate(MOVE_HEAD)
        .bind("seq", seq)
        .bind("hash", HEX.parseHex(hash))
        .bind("trail", trail)
        .execute();
    return waiting.size();
  }

  /** Sets {@code app.tenant} for the rest of the transaction: row-level security then admits it. */
  static void setTenant(Handle handle, String trail) {
    handle.createQuery("SELECT set_config('app.tenant', :trail, true)")
        .bind("trail", trail)
        .mapTo(String.class)
        .one();
  }

  private record Head(long seq, String hash) {}

  private record Waiting(long position, AuditEvent event) {}
}
