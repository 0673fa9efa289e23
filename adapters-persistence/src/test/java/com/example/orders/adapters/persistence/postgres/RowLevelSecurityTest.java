package com.example.orders.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.adapters.persistence.testing.TestDatabase;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.shared.TenantId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tenant isolation as PostgreSQL enforces it (ADR 0028), in SQL, as the service role: with tenant A
 * named, tenant B's rows of every tenant-owned table can be neither read, inserted, updated nor
 * deleted; with no tenant named no row is seen at all. Every table with a {@code tenant_id} column
 * counts, those added later included: one without row security forced, or without a sample row
 * here, fails the build.
 */
class RowLevelSecurityTest {

  private static final String A = "tenant-a";
  private static final String B = "tenant-b";
  private static final String NO_SUCH_ROW = "42501";

  /** One row of each tenant-owned table, for the tenant bound as the only parameter. */
  private static final Map<String, String> SAMPLES = Map.ofEntries(
      Map.entry("orders",
          "INSERT INTO orders (tenant_id, id, status, customer_name, customer_email,"
          + " currency, lines, created_at, updated_at, version) VALUES (?, gen_random_uuid(),"
          + " 'DRAFT', 'Ada Lovelace', 'ada@example.com', 'EUR', '[]', now(), now(), 1)"),
      Map.entry("outbox", "INSERT INTO outbox (event_id, tenant_id, aggregate_type, aggregate_id,"
          + " event_type, aggregate_version, occurred_at, schema_version, payload) VALUES"
          + " (gen_random_uuid(), ?, 'order', gen_random_uuid(), 'OrderCreated', 1, now(), 1,"
          + " '{}')"),
      Map.entry("inbox",
          "INSERT INTO inbox (consumer, event_id, tenant_id, aggregate_type, aggregate_id,"
          + " aggregate_version) VALUES ('notifications', gen_random_uuid(), ?, 'order',"
          + " gen_random_uuid(), 1)"),
      Map.entry("idempotency_keys",
          "INSERT INTO idempotency_keys (tenant_id, caller, key, fingerprint,"
          + " status, headers, body, created_at, expires_at) VALUES (?, 'alice',"
          + " gen_random_uuid()::text, 'fingerprint', 201, '{}', '', now(),"
          + " now() + interval '1d')"),
      Map.entry("jobs",
          "INSERT INTO jobs (tenant_id, job_id, kind, requested_by, status, processed,"
          + " failure, created_at, updated_at) VALUES (?, gen_random_uuid(), 'export-orders',"
          + " 'alice', 'QUEUED', 0, '', now(), now())"),
      Map.entry("audit_events",
          "INSERT INTO audit_events (tenant_id, id, occurred_at, subject, action,"
          + " resource_type, resource_id, changes, outcome) VALUES (?, gen_random_uuid(), now(),"
          + " 'alice', 'order.create', 'order', gen_random_uuid()::text, '[]', 'success')"),
      Map.entry("audit_unsealed", "INSERT INTO audit_unsealed (tenant_id, position) VALUES (?, 1)"),
      Map.entry("audit_chain",
          "INSERT INTO audit_chain (tenant_id, seq, position, prev_hash, hash) VALUES (?, 1, 1,"
          + " decode(repeat('00', 32), 'hex'), decode(repeat('11', 32), 'hex'))"),
      Map.entry("audit_chain_heads",
          "INSERT INTO audit_chain_heads (tenant_id, seq, hash) VALUES (?, 1,"
          + " decode(repeat('11', 32), 'hex'))"),
      Map.entry("audit_chain_anchors",
          "INSERT INTO audit_chain_anchors (tenant_id, seq, hash, purged_at) VALUES (?, 1,"
          + " decode(repeat('11', 32), 'hex'), now())"));

  private static final String TENANT_TABLES = "SELECT c.relname FROM pg_class c"
      + " JOIN pg_namespace n ON n.oid = c.relnamespace"
      + " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id'"
      + "   AND NOT a.attisdropped"
      + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname";

  private static TestDatabase testDatabase;

  @BeforeAll
  static void createDatabase() throws SQLException {
    testDatabase = TestDatabase.create();
    try (Connection superuser = connect(testDatabase.superuserSettings())) {
      for (String table : tenantTables()) {
        String sample = SAMPLES.get(table);
        if (sample == null) {
          continue; // reported by the test of that table
        }
        // one row per tenant: some tables keep one per tenant (a chain's head, say)
        for (String tenant : List.of(A, B)) {
          try (PreparedStatement insert = superuser.prepareStatement(sample)) {
            insert.setString(1, tenant);
            insert.executeUpdate();
          }
        }
      }
    }
  }

  @AfterAll
  static void dropDatabase() {
    testDatabase.close();
  }

  static List<String> tenantTables() throws SQLException {
    try (Connection superuser = connect(testDatabase.superuserSettings())) {
      return strings(superuser, TENANT_TABLES);
    }
  }

  @Test
  void every_table_with_a_tenant_column_has_row_security_enabled_forced_and_the_tenant_policy()
      throws SQLException {
    try (Connection superuser = connect(testDatabase.superuserSettings())) {
      List<String> tables = strings(superuser, TENANT_TABLES);
      List<String> guarded = strings(superuser, "SELECT c.relname FROM pg_class c"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_policy p ON p.polrelid = c.oid"
          + " WHERE n.nspname = current_schema() AND c.relrowsecurity AND c.relforcerowsecurity"
          + " AND p.polname = 'tenant_isolation' AND p.polcmd = '*' AND p.polpermissive"
          + " AND p.polroles = '{0}'"
          + " AND pg_get_expr(p.polqual, p.polrelid)"
          + "   = '(tenant_id = current_setting(''app.tenant''::text, true))'"
          + " AND pg_get_expr(p.polwithcheck, p.polrelid)"
          + "   = '(tenant_id = current_setting(''app.tenant''::text, true))'"
          + " ORDER BY c.relname");

      assertThat(tables).contains("orders", "outbox", "inbox", "idempotency_keys");
      assertThat(guarded)
          .as("tables with tenant_id and row security ENABLEd, FORCEd, with policy"
              + " tenant_isolation USING and WITH CHECK (tenant_id = current_setting('app.tenant',"
              + " true)); see the convention in migration V12")
          .containsExactlyElementsOf(tables);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tenantTables")
  void naming_tenant_a_hides_tenant_b_and_refuses_every_change_to_its_rows(String table)
      throws SQLException {
    assertThat(SAMPLES).as("a sample row of %s in RowLevelSecurityTest.SAMPLES", table)
        .containsKey(table);
    String rowOfB = sampleOf(table, B);

    try (Connection service = connect(testDatabase.settings())) {
      service.setAutoCommit(false);
      name(service, A);

      assertThat(count(service, "SELECT count(*) FROM " + table)).isOne();
      assertThat(count(service, "SELECT count(*) FROM " + table + " WHERE tenant_id = '" + B + "'"))
          .isZero();
      assertThat(update(service, "UPDATE " + table
          + " SET tenant_id = tenant_id WHERE tenant_id = 'tenant-b'")).isZero();
      assertThat(update(service, "DELETE FROM " + table + " WHERE tenant_id = 'tenant-b'"))
          .isZero();
      // OVERRIDING SYSTEM VALUE: the copy keeps its identity column's value, as the row had it
      assertRefused(service, "INSERT INTO " + table + " OVERRIDING SYSTEM VALUE"
          + " SELECT * FROM jsonb_populate_record(NULL::" + table + ", '" + rowOfB + "'::jsonb)");
      name(service, A);
      assertRefused(service, "UPDATE " + table + " SET tenant_id = 'tenant-b'");
    }
    try (Connection superuser = connect(testDatabase.superuserSettings())) {
      assertThat(count(superuser, "SELECT count(*) FROM " + table + " WHERE tenant_id = '" + B
          + "'")).as("tenant B's row, untouched").isOne();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tenantTables")
  void with_no_tenant_named_no_row_is_seen_nor_written(String table) throws SQLException {
    String rowOfA = sampleOf(table, A);
    try (Connection service = connect(testDatabase.settings())) {
      assertThat(count(service, "SELECT count(*) FROM " + table)).isZero();
      assertThat(update(service, "UPDATE " + table + " SET tenant_id = tenant_id")).isZero();
      assertThat(update(service, "DELETE FROM " + table)).isZero();
      // OVERRIDING SYSTEM VALUE: the copy keeps its identity column's value, as the row had it
      assertRefused(service, "INSERT INTO " + table + " OVERRIDING SYSTEM VALUE"
          + " SELECT * FROM jsonb_populate_record(NULL::" + table + ", '" + rowOfA + "'::jsonb)");

      // the tenant is the transaction's: once it ends, the connection names none any more
      service.setAutoCommit(false);
      name(service, A);
      assertThat(count(service, "SELECT count(*) FROM " + table)).isOne();
      service.commit();
      assertThat(count(service, "SELECT count(*) FROM " + table)).isZero();
    }
  }

  @Test
  void the_adapter_names_the_tenant_of_each_call_and_a_handle_without_one_sees_no_rows() {
    try (PostgresDatabase database = PostgresDatabase.connect(testDatabase.settings())) {
      HandleBinding handles = database.handles();
      String countOrders = "SELECT count(*) FROM orders";

      long named = handles.read(new TenantId(A),
          handle -> handle.createQuery(countOrders).mapTo(Long.class).one());
      long unnamed = handles.acrossTenants(
          handle -> handle.createQuery(countOrders).mapTo(Long.class).one());

      assertThat(named).isOne();
      assertThat(unnamed).isZero();
    }
  }

  @Test
  void a_transaction_serves_one_tenant() {
    try (PostgresDatabase database = PostgresDatabase.connect(testDatabase.settings())) {
      PostgresOrders orders = new PostgresOrders(database);
      OrderId any = new OrderId(UUID.randomUUID());

      assertThatThrownBy(() -> new JdbiTransactionRunner(database).inTransaction(() -> {
        orders.find(new TenantId(A), any);
        return orders.find(new TenantId(B), any);
      })).isInstanceOf(IllegalStateException.class)
          .hasMessage("a transaction serves one tenant: this one serves tenant-a and was asked to"
              + " serve tenant-b");
    }
  }

  @Test
  void the_service_role_is_found_fit_and_the_superuser_is_not() {
    try (PostgresDatabase service = PostgresDatabase.connect(testDatabase.settings());
        PostgresDatabase superuser = PostgresDatabase.connect(testDatabase.superuserSettings());
        PostgresDatabase owner = PostgresDatabase.connect(new PostgresSettings(
            testDatabase.settings().jdbcUrl(), testDatabase.settings().migrationUser(),
            testDatabase.settings().migrationPassword(), 1, Duration.ofSeconds(2)))) {
      assertThat(service.serviceRoleProblems()).isEmpty();
      assertThat(superuser.serviceRoleProblems()).first().asString()
          .isEqualTo("role " + testDatabase.superuserSettings().user() + " is a superuser");
      assertThat(owner.serviceRoleProblems()).hasSize(2)
          .contains("role orders_owner has BYPASSRLS")
          .anySatisfy(problem -> assertThat(problem)
              .startsWith("role orders_owner owns tables (")
              .contains("public.flyway_schema_history", "public.orders"));
    }
  }

  private static void assertRefused(Connection connection, String sql) throws SQLException {
    assertThatThrownBy(() -> update(connection, sql))
        .isInstanceOf(SQLException.class)
        .satisfies(failure ->
            assertThat(((SQLException) failure).getSQLState()).isEqualTo(NO_SUCH_ROW))
        // row-level security, or an append-only table's trigger before it (same SQLSTATE)
        .satisfies(failure -> assertThat(failure.getMessage())
            .containsAnyOf("row-level security", "is append-only"));
    if (!connection.getAutoCommit()) {
      connection.rollback();
    }
  }

  /** A row of {@code tenant}, as JSON, read behind row security's back. */
  private static String sampleOf(String table, String tenant) throws SQLException {
    try (Connection superuser = connect(testDatabase.superuserSettings());
        PreparedStatement query = superuser.prepareStatement(
            "SELECT to_jsonb(t)::text FROM " + table + " t WHERE tenant_id = ? LIMIT 1")) {
      query.setString(1, tenant);
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).as("a row of %s in %s", tenant, table).isTrue();
        return row.getString(1).replace("'", "''");
      }
    }
  }

  private static void name(Connection connection, String tenant) throws SQLException {
    try (PreparedStatement set = connection.prepareStatement(HandleBinding.SET_TENANT)) {
      set.setString(1, tenant);
      set.execute();
    }
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql);
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static int update(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      return statement.executeUpdate();
    }
  }

  private static List<String> strings(Connection connection, String sql) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql);
        ResultSet rows = query.executeQuery()) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }

  private static Connection connect(PostgresSettings settings) throws SQLException {
    return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
  }
}
