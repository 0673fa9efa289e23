package com.example.orders.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.adapters.persistence.contract.AuditTrailContract;
import com.example.orders.adapters.persistence.contract.StorageUnderTest;
import com.example.orders.application.audit.Actor;
import com.example.orders.application.audit.AuditChain;
import com.example.orders.application.audit.AuditEvent;
import com.example.orders.application.audit.ChainVerifier;
import com.example.orders.application.audit.ChainedEvent;
import com.example.orders.application.audit.ChainVerifier.Verification;
import com.example.orders.application.audit.FieldChange;
import com.example.orders.application.audit.Outcome;
import com.example.orders.domain.shared.TenantId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The PostgreSQL adapter passes the {@code AuditTrail} contract; and the database itself keeps the
 * trail append-only for every role but the owner, while what the owner rewrites behind the
 * service's back is found by the verifier.
 */
class PostgresAuditTrailTest extends AuditTrailContract {

  @RegisterExtension
  static final PostgresStorage storage = new PostgresStorage();

  @Override
  protected StorageUnderTest storage() {
    return storage;
  }

  @Test
  void update_delete_and_truncate_fail_at_the_database_for_a_role_that_does_not_own_the_table()
      throws SQLException {
    TenantId tenant = tenantWithEntries(2);
    String role = "audit_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    try (Connection superuser = superuserConnection(); Statement sql = superuser.createStatement()) {
      sql.execute("CREATE ROLE " + role + " NOLOGIN");
      try {
        // even granted every privilege, the role cannot change or remove an entry
        sql.execute("GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON audit_events, audit_chain"
            + " TO " + role);
        sql.execute("SET ROLE " + role);
        sql.execute("SELECT set_config('app.tenant', '" + tenant.value() + "', false)");

        assertThat(sql.executeQuery("SELECT count(*) FROM audit_events")).satisfies(rows -> {
          rows.next();
          assertThat(rows.getLong(1)).isEqualTo(2);
        });
        for (String change : List.of("UPDATE audit_events SET subject = 'someone-else'",
            "DELETE FROM audit_events", "TRUNCATE audit_events",
            "UPDATE audit_chain SET hash = sha256(hash)", "DELETE FROM audit_chain",
            "TRUNCATE audit_chain")) {
          assertThatThrownBy(() -> sql.execute(change))
              .isInstanceOf(SQLException.class)
              .hasMessageContaining("is append-only")
              .satisfies(failure ->
                  assertThat(((SQLException) failure).getSQLState()).isEqualTo("42501"));
        }
      } finally {
        sql.execute("RESET ROLE");
        sql.execute("DROP OWNED BY " + role);
        sql.execute("DROP ROLE " + role);
      }
    }
    assertThat(new ChainVerifier(storage.auditTrail()).verify(tenant.value()).intact()).isTrue();
  }

  @Test
  void an_entry_rewritten_by_the_owner_is_found_by_the_verifier() throws SQLException {
    TenantId tenant = tenantWithEntries(3);

    owner("UPDATE audit_events SET subject = 'someone-else' WHERE id = '"
        + eventAt(tenant, 2) + "'");

    Verification verification = verify(tenant);
    assertThat(verification.intact()).isFalse();
    assertThat(verification.checked()).isEqualTo(1);
    assertThat(verification.broken().orElseThrow().seq()).isEqualTo(2);
    assertThat(verification.broken().orElseThrow().reason()).contains("content does not match");
  }

  @Test
  void an_entry_rewritten_and_rehashed_by_the_owner_breaks_the_next_link() throws SQLException {
    TenantId tenant = tenantWithEntries(3);
    ChainedEvent second = storage.auditTrail().chain(tenant.value(), 1, 1).getFirst();
    AuditEvent e = second.event().orElseThrow();
    AuditEvent forged = new AuditEvent(e.id(), e.tenant(), e.actor(), e.action(),
        e.resourceType(), e.resourceId(), e.changes(), Outcome.DENIED, e.occurredAt());
    String forgedHash = AuditChain.link(second.link().prevHash(), 2, AuditChain.content(forged));

    owner("UPDATE audit_events SET outcome = 'denied' WHERE id = '" + e.id() + "'");
    owner("UPDATE audit_chain SET hash = decode('" + forgedHash + "', 'hex') WHERE tenant_id = '"
        + tenant.value() + "' AND seq = 2");

    Verification verification = verify(tenant);
    assertThat(verification.checked()).isEqualTo(2);
    assertThat(verification.broken().orElseThrow().seq()).isEqualTo(3);
    assertThat(verification.broken().orElseThrow().reason()).contains("link to entry 2");
  }

  @Test
  void an_entry_deleted_by_the_owner_is_found_by_the_verifier() throws SQLException {
    TenantId tenant = tenantWithEntries(3);

    owner("DELETE FROM audit_chain WHERE tenant_id = '" + tenant.value() + "' AND seq = 2");

    Verification verification = verify(tenant);
    assertThat(verification.broken().orElseThrow().seq()).isEqualTo(3);
    assertThat(verification.broken().orElseThrow().reason()).contains("2 to 2 are missing");
  }

  @Test
  void an_entry_deleted_under_its_link_is_found_by_the_verifier() throws SQLException {
    TenantId tenant = tenantWithEntries(3);

    owner("DELETE FROM audit_events WHERE id = '" + eventAt(tenant, 2) + "'");

    Verification verification = verify(tenant);
    assertThat(verification.broken().orElseThrow().seq()).isEqualTo(2);
    assertThat(verification.broken().orElseThrow().reason()).contains("was deleted");
  }

  @Test
  void an_entry_taken_out_of_the_sealer_s_queue_is_found_by_the_verifier() throws SQLException {
    TenantId tenant = tenantWithEntries(2);
    storage.auditTrail().append(entry(tenant, 9));

    owner("DELETE FROM audit_unsealed WHERE tenant_id = '" + tenant.value() + "'");

    Verification verification = verify(tenant);
    assertThat(verification.checked()).isEqualTo(2);
    assertThat(verification.broken().orElseThrow().reason())
        .contains("neither chained nor waiting");
  }

  @Test
  void the_newest_entry_deleted_by_the_owner_is_found_by_the_verifier() throws SQLException {
    TenantId tenant = tenantWithEntries(3);

    owner("DELETE FROM audit_chain WHERE tenant_id = '" + tenant.value() + "' AND seq = 3");

    Verification verification = verify(tenant);
    assertThat(verification.checked()).isEqualTo(2);
    assertThat(verification.broken().orElseThrow().reason()).contains("its head is at 3");
  }

  @Test
  void the_database_computes_the_same_hash_as_the_rules_of_the_chain() {
    TenantId tenant = tenantWithEntries(1);

    ChainedEvent entry = storage.auditTrail().chain(tenant.value(), 0, 1).getFirst();

    assertThat(entry.link().hash()).isEqualTo(AuditChain.link(AuditChain.GENESIS, 1,
        AuditChain.content(entry.event().orElseThrow())));
  }

  @Test
  void the_database_refuses_a_purge_of_the_last_day() {
    assertThatThrownBy(() -> storage.auditTrail().purgeBefore(Instant.now()))
        .hasStackTraceContaining("keeps at least a day");
  }

  private TenantId tenantWithEntries(int count) {
    TenantId tenant = new TenantId("tenant-" + UUID.randomUUID());
    for (int i = 0; i < count; i++) {
      storage.auditTrail().append(entry(tenant, i));
    }
    while (storage.auditTrail().seal(100) > 0) {
      // chained, as the sealer does in the background
    }
    return tenant;
  }

  private static AuditEvent entry(TenantId tenant, int i) {
    return new AuditEvent(UUID.randomUUID(), Optional.of(tenant),
        new Actor("user-" + i, Optional.of("192.0.2.1"), Optional.empty()), "test.change",
        "test", "resource-" + i,
        List.of(FieldChange.of("state", Optional.of("a"), Optional.of("b"))), Outcome.SUCCESS,
        Instant.parse("2026-11-25T10:00:00Z").plusSeconds(i));
  }

  private static UUID eventAt(TenantId tenant, long seq) {
    return storage.auditTrail().chain(tenant.value(), seq - 1, 1).getFirst().link().eventId();
  }

  private static Verification verify(TenantId tenant) {
    return new ChainVerifier(storage.auditTrail()).verify(tenant.value());
  }

  private static void owner(String sql) throws SQLException {
    try (Connection owner = ownerConnection(); Statement statement = owner.createStatement()) {
      statement.execute(sql);
    }
  }

  /** The tables' owner, the migration role: the one role the triggers let change the trail. */
  private static Connection ownerConnection() throws SQLException {
    PostgresSettings settings = storage.testDatabase().settings();
    return DriverManager.getConnection(
        settings.jdbcUrl(), settings.migrationUser(), settings.migrationPassword());
  }

  /** The superuser, who may create roles and grant them anything. */
  private static Connection superuserConnection() throws SQLException {
    PostgresSettings settings = storage.testDatabase().superuserSettings();
    return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
  }
}
