package com.example.orders.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.persistence.postgres.PostgresAuditTrail;
import com.example.orders.adapters.persistence.postgres.PostgresDatabase;
import com.example.orders.adapters.persistence.postgres.PostgresSettings;
import com.example.orders.adapters.persistence.testing.TestDatabase;
import com.example.orders.application.audit.Actor;
import com.example.orders.application.audit.AuditEvent;
import com.example.orders.application.audit.Outcome;
import com.example.orders.domain.shared.TenantId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code audit verify}: an operator learns whether each trail is intact, and where it broke. */
class AuditCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final TenantId acme = new TenantId("acme");
  private final TenantId globex = new TenantId("globex");
  private TestDatabase database;

  @BeforeEach
  void threeEntriesEach() {
    database = TestDatabase.create();
    try (PostgresDatabase postgres = PostgresDatabase.connect(database.settings())) {
      PostgresAuditTrail trail = new PostgresAuditTrail(postgres);
      for (int i = 0; i < 3; i++) {
        trail.append(entry(acme, i));
        trail.append(entry(globex, i));
      }
      trail.seal(100);
    }
  }

  @AfterEach
  void drop() {
    database.close();
  }

  @Test
  void verify_reports_every_trail_intact() {
    int exitCode = run("audit", "verify");

    assertThat(exitCode).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
        "{\"trail\":\"acme\",\"intact\":true,\"checked\":3,\"pending\":0}",
        "{\"trail\":\"globex\",\"intact\":true,\"checked\":3,\"pending\":0}");
  }

  @Test
  void verify_finds_an_entry_the_owner_rewrote_behind_the_service_s_back() throws SQLException {
    PostgresSettings settings = database.settings();
    // the tables' owner, the migration role: the one the append-only triggers let through
    try (Connection owner = DriverManager.getConnection(
            settings.jdbcUrl(), settings.migrationUser(), settings.migrationPassword());
        Statement sql = owner.createStatement()) {
      sql.execute("UPDATE audit_events SET action = 'test.nothing' WHERE tenant_id = 'acme'"
          + " AND position = (SELECT position FROM audit_chain WHERE tenant_id = 'acme'"
          + " AND seq = 2)");
    }

    int all = run("audit", "verify");
    String report = out.toString(StandardCharsets.UTF_8);
    out.reset();
    int one = run("audit", "verify", "--tenant", "globex");

    assertThat(all).isEqualTo(1);
    assertThat(report).contains("{\"trail\":\"acme\",\"intact\":false,\"checked\":1,"
        + "\"pending\":0,\"brokenAt\":2,\"eventId\":\"")
        .contains("\"reason\":\"its content does not match its hash");
    assertThat(one).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("{\"trail\":\"globex\",\"intact\":true,\"checked\":3,\"pending\":0}" + System.lineSeparator());
  }

  @Test
  void verify_with_an_unknown_option_is_a_usage_error() {
    assertThat(run("audit", "verify", "--tenants", "acme")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("orders-service: unknown option '--tenants'");
  }

  @Test
  void audit_without_a_database_says_what_it_needs() {
    int exitCode = new Main(Map.of(), print(out), print(err)).run("audit", "verify");

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("orders-service: audit needs DATABASE_URL");
  }

  private int run(String... args) {
    PostgresSettings settings = database.settings();
    Map<String, String> environment = Map.of(
        "DATABASE_URL", settings.jdbcUrl(),
        "DATABASE_USER", settings.user(),
        "DATABASE_PASSWORD", settings.password());
    return new Main(environment, print(out), print(err)).run(args);
  }

  private static AuditEvent entry(TenantId tenant, int i) {
    return new AuditEvent(UUID.randomUUID(), Optional.of(tenant),
        new Actor("user-" + i, Optional.empty(), Optional.empty()), "test.change", "test",
        "resource-" + i, List.of(), Outcome.SUCCESS,
        Instant.parse("2026-11-25T10:00:00Z").plusSeconds(i));
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
