package com.example.orders.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.adapters.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema guards what the domain guarantees, so that a bug or a hand-written statement cannot
 * store an order the application could not read back; and its indexes serve the queries it has.
 */
class PostgresSchemaTest {

  private static final String VALID_LINES =
      "[{\"sku\": \"BOOK-1\", \"quantity\": 2, \"unitPriceMinor\": 1500}]";

  private static TestDatabase testDatabase;
  private static Connection connection;

  @BeforeAll
  static void createDatabase() throws SQLException {
    testDatabase = TestDatabase.create();
    Properties credentials = new Properties();
    credentials.setProperty("user", testDatabase.superuserSettings().user());
    credentials.setProperty("password", testDatabase.superuserSettings().password());
    connection = DriverManager.getConnection(testDatabase.settings().jdbcUrl(), credentials);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    connection.close();
    testDatabase.close();
  }

  @Test
  void a_well_formed_order_row_is_accepted() throws SQLException {
    assertThat(insertOrder("DRAFT", VALID_LINES, null, null, 1)).isEqualTo(1);
  }

  static Stream<Arguments> malformedOrders() {
    return Stream.of(
        Arguments.of("unknown status", "orders_status_known", "LOST", VALID_LINES, null, null, 1),
        Arguments.of(
            "version zero", "orders_version_positive", "DRAFT", VALID_LINES, null, null, 0),
        Arguments.of("lines not an array", "orders_lines_array", "DRAFT", "{}", null, null, 1),
        Arguments.of("quantity zero", "orders_lines_well_formed", "DRAFT",
            "[{\"sku\": \"A\", \"quantity\": 0, \"unitPriceMinor\": 1}]", null, null, 1),
        Arguments.of("fractional quantity", "orders_lines_well_formed", "DRAFT",
            "[{\"sku\": \"A\", \"quantity\": 1.5, \"unitPriceMinor\": 1}]", null, null, 1),
        Arguments.of("negative price", "orders_lines_well_formed", "DRAFT",
            "[{\"sku\": \"A\", \"quantity\": 1, \"unitPriceMinor\": -1}]", null, null, 1),
        Arguments.of("line without SKU", "orders_lines_well_formed", "DRAFT",
            "[{\"quantity\": 1, \"unitPriceMinor\": 1}]", null, null, 1),
        Arguments.of("paid without payment", "orders_payment_matches_status", "PAID",
            VALID_LINES, null, null, 2),
        Arguments.of("draft with payment", "orders_payment_matches_status", "DRAFT",
            VALID_LINES, "psp-1", null, 1),
        Arguments.of("cancelled without reason", "orders_reason_matches_status", "CANCELLED",
            VALID_LINES, null, null, 2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedOrders")
  void a_malformed_order_row_is_refused_by_its_check_constraint(
      String description, String constraint, String status, String lines, String payment,
      String reason, long version) {
    assertThatThrownBy(() -> insertOrder(status, lines, payment, reason, version))
        .isInstanceOfSatisfying(SQLException.class,
            failure -> assertThat(failure.getSQLState()).isEqualTo("23514"))
        .hasMessageContaining(constraint);
  }

  @Test
  void a_page_of_all_orders_is_a_backward_scan_of_the_primary_key_without_sorting()
      throws SQLException {
    String plan = plan("SELECT * FROM orders WHERE tenant_id = 'acme'"
        + " AND id < '01900000-0000-7000-8000-000000000000' ORDER BY id DESC LIMIT 21");

    assertThat(plan).contains("Index Scan Backward using orders_pk").doesNotContain("Sort");
  }

  @Test
  void a_page_of_orders_in_one_status_is_a_scan_of_the_status_index_without_sorting()
      throws SQLException {
    String plan = plan("SELECT * FROM orders WHERE tenant_id = 'acme' AND status = 'PLACED'"
        + " AND id < '01900000-0000-7000-8000-000000000000' ORDER BY id DESC LIMIT 21");

    assertThat(plan).contains("Index Scan using orders_by_tenant_status").doesNotContain("Sort");
  }

  @Test
  void the_relay_finds_unpublished_events_through_the_partial_index() throws SQLException {
    String plan = plan("SELECT * FROM outbox WHERE published_at IS NULL"
        + " ORDER BY occurred_at LIMIT 100");

    assertThat(plan).contains("outbox_unpublished");
  }

  private static int insertOrder(
      String status, String lines, String payment, String reason, long version)
      throws SQLException {
    try (var insert = connection.prepareStatement("INSERT INTO orders VALUES"
        + " ('acme', gen_random_uuid(), ?, 'Ada', 'ada@example.com', 'EUR', ?::jsonb, ?, ?,"
        + " now(), now(), ?)")) {
      insert.setString(1, status);
      insert.setString(2, lines);
      insert.setString(3, payment);
      insert.setString(4, reason);
      insert.setLong(5, version);
      return insert.executeUpdate();
    }
  }

  /**
   * The plan PostgreSQL would choose on a large table: a test table is tiny, where a sequential
   * scan is cheapest, so sequential scans are priced out for this session.
   */
  private static String plan(String query) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET enable_seqscan = off");
      StringBuilder plan = new StringBuilder();
      try (ResultSet lines = statement.executeQuery("EXPLAIN " + query)) {
        while (lines.next()) {
          plan.append(lines.getString(1)).append('\n');
        }
      }
      return plan.toString();
    }
  }
}
