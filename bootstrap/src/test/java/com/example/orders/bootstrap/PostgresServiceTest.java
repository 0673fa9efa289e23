package com.example.orders.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.persistence.postgres.PostgresSettings;
import com.example.orders.adapters.persistence.testing.TestDatabase;
import com.example.orders.bootstrap.config.Config;
import com.example.orders.domain.shared.TenantId;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service on a real PostgreSQL database (its own, made for this class and dropped after),
 * started on an empty schema so that it migrates the database itself.
 */
class PostgresServiceTest {

  private static TestDatabase database;
  private static OrdersService service;

  @BeforeAll
  static void start() throws SQLException {
    database = TestDatabase.create();
    DatabaseSchema.drop(database.settings());
    service = OrdersService.start(Config.fromEnvironment(environment(database.settings())));
  }

  @AfterAll
  static void stop() {
    try {
      if (service != null) {
        service.close();
      }
    } finally {
      database.close();
    }
  }

  static Map<String, String> environment(PostgresSettings settings) {
    Map<String, String> environment = new HashMap<>();
    environment.put("PORT", "0");
    environment.put("DATABASE_URL", settings.jdbcUrl());
    environment.put("DATABASE_USER", settings.user());
    environment.put("DATABASE_PASSWORD", settings.password());
    environment.put("DATABASE_MIGRATION_USER", settings.migrationUser());
    environment.put("DATABASE_MIGRATION_PASSWORD", settings.migrationPassword());
    environment.put("DATABASE_POOL_SIZE", "3");
    return environment;
  }

  @Test
  void it_migrates_its_database_before_it_serves() throws SQLException {
    assertThat(DatabaseSchema.tables(database.settings()))
        .contains("orders", "flyway_schema_history");
  }

  @Test
  void readiness_checks_the_database() {
    HttpResponse<String> ready = LocalHttp.get(service.port(), "/health/ready");

    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body())
        .matches("\\{\"status\":\"UP\",\"checks\":\\{\"lifecycle\":\"UP\","
            + "\"database\":\\{\"status\":\"UP\",\"ageMillis\":\\d+}},"
            + "\"breakers\":\\{\"database\":\"closed\"}}");
  }

  @Test
  void orders_are_read_from_postgresql() {
    String token = service.demoTokenIssuer().orElseThrow().issue(
        new TenantId("acme"), "alice", Set.of("orders:read"), Duration.ofMinutes(5));

    HttpResponse<String> orders = LocalHttp.get(service.port(), "/api/v1/orders", token);

    assertThat(orders.statusCode()).isEqualTo(200);
  }

  @Test
  void metrics_show_the_connection_pool() {
    String metrics = LocalHttp.get(service.port(), "/metrics").body();

    assertThat(metrics)
        .contains("hikaricp_connections_max{pool=\"orders-db\"} 3.0")
        .contains("hikaricp_connections_active{pool=\"orders-db\"}")
        .contains("hikaricp_connections_idle{pool=\"orders-db\"}")
        .contains("hikaricp_connections_pending{pool=\"orders-db\"} 0.0");
  }
}
