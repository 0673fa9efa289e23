package com.example.orders.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.example.orders.adapters.persistence.testing.TestDatabase;
import com.example.orders.application.port.DependencyUnavailableException;
import com.example.orders.application.order.OrderEventEnvelopes;
import com.example.orders.domain.order.CustomerContact;
import com.example.orders.domain.order.EventStamp;
import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderEvent;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.order.OrderLine;
import com.example.orders.domain.order.OrderStatus;
import com.example.orders.domain.order.Sku;
import com.example.orders.domain.shared.Money;
import com.example.orders.domain.shared.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pool, migrations, health check and failure mapping against a real PostgreSQL. */
class PostgresDatabaseTest {

  private static final TenantId TENANT = new TenantId("acme");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  private static TestDatabase testDatabase;
  private static PostgresDatabase database;

  @BeforeAll
  static void createDatabase() {
    testDatabase = TestDatabase.create();
    database = PostgresDatabase.connect(testDatabase.settings());
  }

  @AfterAll
  static void dropDatabase() {
    database.close();
    testDatabase.close();
  }

  @Test
  void a_reachable_database_is_healthy() {
    assertThat(database.isHealthy(Duration.ofSeconds(2))).isTrue();
  }

  @Test
  void migrating_an_up_to_date_schema_applies_nothing_again() throws SQLException {
    long applied = queryLong("SELECT count(*) FROM flyway_schema_history WHERE success");

    database.migrate();

    assertThat(applied).isPositive();
    assertThat(queryLong("SELECT count(*) FROM flyway_schema_history WHERE success"))
        .isEqualTo(applied);
  }

  @Test
  void the_data_source_is_the_named_pool_sized_from_the_settings() {
    assertThat(database.dataSource()).isInstanceOfSatisfying(HikariDataSource.class, pool -> {
      assertThat(pool.getPoolName()).isEqualTo("orders-db");
      assertThat(pool.getMaximumPoolSize()).isEqualTo(testDatabase.settings().maxPoolSize());
      assertThat(pool.getConnectionTimeout())
          .isEqualTo(testDatabase.settings().connectionTimeout().toMillis());
    });
  }

  @Test
  void every_pooled_connection_carries_the_statement_timeout_and_a_longer_socket_timeout()
      throws SQLException {
    try (PostgresDatabase ownPool =
            PostgresDatabase.connect(withStatementTimeout(Duration.ofMillis(1_500)));
        Connection connection = ownPool.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet setting = statement.executeQuery("SHOW statement_timeout")) {
      assertThat(setting.next()).isTrue();
      assertThat(setting.getString(1)).isEqualTo("1500ms");
      assertThat(connection.getNetworkTimeout()).isGreaterThan(1_500);
    }
  }

  @Test
  void a_statement_stuck_behind_a_lock_past_the_statement_timeout_finds_the_database_unavailable()
      throws SQLException {
    Order order = Order.create(anyOrderId(), TENANT,
        new CustomerContact("Ada Lovelace", "ada@example.com"), EUR,
        List.of(new OrderLine(new Sku("BOOK-1"), 1, new Money(100, EUR))),
        new EventStamp(UUID.randomUUID(), T0));
    new PostgresOrders(database).add(order);
    order.place(new EventStamp(UUID.randomUUID(), T0.plusSeconds(1)));

    try (PostgresDatabase impatient =
            PostgresDatabase.connect(withStatementTimeout(Duration.ofMillis(200)));
        Connection locker = directConnection()) {
      locker.setAutoCommit(false);
      try (Statement lock = locker.createStatement()) {
        lock.execute("SELECT 1 FROM orders WHERE id = '" + order.id() + "' FOR UPDATE");
      }

      assertThatThrownBy(() -> new PostgresOrders(impatient).update(order, 1))
          .isInstanceOf(DependencyUnavailableException.class)
          .satisfies(failure ->
              assertThat(DatabaseFailures.hasSqlState(failure, "57014")).isTrue());
      locker.rollback();
    }
  }

  @Test
  void a_pool_busy_serving_requests_is_healthy_though_no_connection_is_free_for_a_probe() {
    try (PostgresDatabase onePool = PostgresDatabase.connect(withPool(1, Duration.ofMillis(250)))) {
      PostgresOrders orders = new PostgresOrders(onePool);

      // the transaction holds the only connection while the probe runs
      boolean healthy = new JdbiTransactionRunner(onePool).inTransaction(() -> {
        orders.find(TENANT, anyOrderId());
        return onePool.isHealthy(Duration.ofSeconds(1));
      });

      assertThat(healthy).isTrue();
    }
  }

  @Test
  void a_caller_that_cannot_get_a_pooled_connection_in_time_finds_the_database_unavailable() {
    try (PostgresDatabase onePool = PostgresDatabase.connect(withPool(1, Duration.ofMillis(250)))) {
      PostgresOrders orders = new PostgresOrders(onePool);
      JdbiTransactionRunner transactions = new JdbiTransactionRunner(onePool);

      // the transaction holds the only connection while another thread asks for one
      Throwable failure = transactions.inTransaction(() -> {
        orders.find(TENANT, anyOrderId());
        return failureOnAnotherThread(() -> orders.find(TENANT, anyOrderId()));
      });

      assertThat(failure)
          .isInstanceOf(DependencyUnavailableException.class)
          .hasRootCauseInstanceOf(SQLTransientConnectionException.class);
    }
  }

  @Test
  void a_connection_ended_by_the_server_makes_the_database_unavailable_not_a_bug() {
    try (PostgresDatabase ownPool = PostgresDatabase.connect(withPool(2, Duration.ofSeconds(1)))) {
      PostgresOrders orders = new PostgresOrders(ownPool);
      JdbiTransactionRunner transactions = new JdbiTransactionRunner(ownPool);

      assertThatThrownBy(() -> transactions.inTransaction(() -> {
        orders.find(TENANT, anyOrderId());
        endIdleTransactionsOnTheServer();
        assertThatThrownBy(() -> orders.find(TENANT, anyOrderId()))
            .isInstanceOf(DependencyUnavailableException.class);
        return null;
      })).isInstanceOf(DependencyUnavailableException.class);
    }
  }

  @Test
  void an_outbox_row_holds_the_event_as_a_json_object_without_personal_data()
      throws Exception {
    CustomerContact customer = new CustomerContact("Grace Hopper", "grace@example.com");
    Order order = Order.create(anyOrderId(), TENANT, customer, EUR,
        List.of(new OrderLine(new Sku("BOOK-1"), 2, new Money(1_500, EUR))),
        new EventStamp(UUID.randomUUID(), T0));
    order.place(new EventStamp(UUID.randomUUID(), T0.plusSeconds(1)));
    List<OrderEvent> events = order.pullEvents();

    new PostgresOutbox(database).append(OrderEventEnvelopes.of(events));

    JsonNode placed = new ObjectMapper().readTree(queryText(
        "SELECT payload::text FROM outbox WHERE event_id = '" + events.get(1).eventId() + "'"));
    assertThat(placed.get("orderId").textValue()).isEqualTo(order.id().toString());
    assertThat(placed.get("version").longValue()).isEqualTo(2);
    assertThat(placed.get("total").get("amountMinor").longValue()).isEqualTo(3_000);
    assertThat(queryText("SELECT string_agg(payload::text, ' ') FROM outbox"))
        .doesNotContain("Grace", "grace@example.com");
  }

  @Test
  void a_failing_statement_names_the_sql_but_none_of_the_customer_data_bound_to_it() {
    // version 0 passes the domain's restore but breaks a check constraint of the table
    Order unstorable = Order.restore(new Order.Snapshot(anyOrderId(), TENANT,
        new CustomerContact("Grace Hopper", "grace@example.com"), EUR,
        List.of(new OrderLine(new Sku("BOOK-1"), 1, new Money(100, EUR))), OrderStatus.DRAFT,
        Optional.empty(), Optional.empty(), T0, T0, 0));

    Throwable failure = catchThrowable(() -> new PostgresOrders(database).add(unstorable));

    assertThat(failure).hasMessageContaining("INSERT INTO orders");
    assertThat(messagesBehind(failure))
        .anySatisfy(message -> assertThat(message).contains("orders_version_positive"))
        .allSatisfy(message -> assertThat(message).doesNotContain("Grace", "grace@example.com"));
  }

  private static PostgresSettings withPool(int size, Duration connectionTimeout) {
    PostgresSettings shared = testDatabase.settings();
    return new PostgresSettings(
        shared.jdbcUrl(), shared.user(), shared.password(), size, connectionTimeout);
  }

  private static PostgresSettings withStatementTimeout(Duration statementTimeout) {
    PostgresSettings shared = testDatabase.settings();
    return new PostgresSettings(shared.jdbcUrl(), shared.user(), shared.password(), 2,
        shared.connectionTimeout(), statementTimeout);
  }

  private static OrderId anyOrderId() {
    return new OrderId(UUID.randomUUID());
  }

  private static Throwable failureOnAnotherThread(Runnable work) {
    try (ExecutorService other = Executors.newVirtualThreadPerTaskExecutor()) {
      other.submit(work).get();
      throw new AssertionError("the call on the other thread was expected to fail");
    } catch (ExecutionException failed) {
      return failed.getCause();
    } catch (InterruptedException interrupted) {
      throw new AssertionError("interrupted while waiting for the other thread", interrupted);
    }
  }

  /** The messages of a failure, of its causes and of the driver's chained exceptions. */
  private static List<String> messagesBehind(Throwable failure) {
    List<String> messages = new ArrayList<>();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      messages.add(String.valueOf(cause.getMessage()));
      if (cause instanceof SQLException sqlFailure) {
        for (SQLException next = sqlFailure.getNextException(); next != null;
            next = next.getNextException()) {
          messages.add(String.valueOf(next.getMessage()));
        }
      }
    }
    return messages;
  }

  /** What an operator or a server restart does to a busy connection. */
  private static void endIdleTransactionsOnTheServer() {
    try {
      queryLong("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
          + " WHERE datname = current_database() AND state = 'idle in transaction'");
    } catch (SQLException failure) {
      throw new AssertionError("could not end the connections", failure);
    }
  }

  private static long queryLong(String sql) throws SQLException {
    return Long.parseLong(queryText(sql));
  }

  /**
   * A connection outside any pool of the adapter, as another client would hold one; as the
   * superuser, which row-level security lets see every tenant.
   */
  private static Connection directConnection() throws SQLException {
    Properties credentials = new Properties();
    credentials.setProperty("user", testDatabase.superuserSettings().user());
    credentials.setProperty("password", testDatabase.superuserSettings().password());
    return DriverManager.getConnection(testDatabase.settings().jdbcUrl(), credentials);
  }

  private static String queryText(String sql) throws SQLException {
    try (Connection connection = directConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      if (!result.next()) {
        throw new AssertionError("no row for " + sql);
      }
      return result.getString(1);
    }
  }
}
