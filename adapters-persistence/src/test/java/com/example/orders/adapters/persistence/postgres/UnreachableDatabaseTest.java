package com.example.orders.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.application.port.DependencyUnavailableException;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.shared.TenantId;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With no server listening, every call fails fast as "database unavailable", never as a bug. */
class UnreachableDatabaseTest {

  private static final TenantId TENANT = new TenantId("acme");
  private static final OrderId ORDER =
      new OrderId(UUID.fromString("0190a6a0-0000-7000-8000-000000000001"));

  private static PostgresDatabase database;

  /** Connecting does not wait for the server: the service can start and report itself unready. */
  @BeforeAll
  static void connectToAPortNobodyListensOn() {
    database = PostgresDatabase.connect(new PostgresSettings(
        "jdbc:postgresql://127.0.0.1:1/orders", "orders", "secret", 2, Duration.ofMillis(250)));
  }

  @AfterAll
  static void closePool() {
    database.close();
  }

  @Test
  void a_read_reports_the_database_unavailable() {
    PostgresOrders orders = new PostgresOrders(database);

    assertThatThrownBy(() -> orders.find(TENANT, ORDER))
        .isInstanceOfSatisfying(DependencyUnavailableException.class,
            failure -> assertThat(failure.dependency()).isEqualTo("database"));
  }

  @Test
  void a_transaction_reports_the_database_unavailable_before_running_any_work() {
    JdbiTransactionRunner transactions = new JdbiTransactionRunner(database);

    assertThatThrownBy(() -> transactions.inTransaction(() -> {
      throw new AssertionError("no work may run without a connection");
    })).isInstanceOf(DependencyUnavailableException.class);
  }

  @Test
  void migrating_reports_the_database_unavailable() {
    assertThatThrownBy(database::migrate).isInstanceOf(DependencyUnavailableException.class);
  }

  @Test
  void the_database_is_not_healthy() {
    assertThat(database.isHealthy(Duration.ofSeconds(1))).isFalse();
  }
}
