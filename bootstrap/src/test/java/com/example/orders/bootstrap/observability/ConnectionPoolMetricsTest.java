package com.example.orders.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.adapters.persistence.postgres.PostgresSettings;
import com.example.orders.adapters.persistence.testing.TestDatabase;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pool's metrics on a real pool of one connection to PostgreSQL. */
class ConnectionPoolMetricsTest {

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private TestDatabase database;
  private HikariDataSource pool;

  @BeforeEach
  void onePooledConnection() {
    database = TestDatabase.create();
    PostgresSettings settings = database.settings();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setPoolName("metrics-test");
    config.setMaximumPoolSize(1);
    config.setConnectionTimeout(250);
    pool = new HikariDataSource(config);
    ConnectionPoolMetrics.register(pool, registry);
  }

  @AfterEach
  void close() {
    pool.close();
    database.close();
  }

  @Test
  void a_request_that_waits_out_the_time_out_is_counted_and_every_attempt_is_timed()
      throws Exception {
    String before = scrape();

    try (Connection held = pool.getConnection()) {
      assertThat(scrape()).contains("hikaricp_connections_active{pool=\"metrics-test\"} 1.0");
      assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class);
    }

    assertThat(before).contains("hikaricp_connection_timeout_total{pool=\"metrics-test\"} 0.0");
    assertThat(scrape())
        .contains("hikaricp_connection_timeout_total{pool=\"metrics-test\"} 1.0")
        // Hikari times the attempt that timed out too: one quick acquisition, one 250 ms wait
        .contains("hikaricp_connections_acquire_seconds_count{pool=\"metrics-test\"} 2")
        .contains("hikaricp_connections_acquire_seconds_bucket{pool=\"metrics-test\",le=\"0.1\"} 1")
        .contains("hikaricp_connections_pending{pool=\"metrics-test\"} 0.0");
  }

  private String scrape() {
    return new MetricsEndpoint(registry).handle().body();
  }
}
