package com.example.orders.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.example.orders.adapters.persistence.postgres.PostgresSettings;
import com.example.orders.adapters.persistence.testing.TestDatabase;
import com.example.orders.bootstrap.config.Config;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The service checks at start-up that PostgreSQL's row-level security binds the role it connects
 * as (ADR 0028): production refuses to start as a superuser, development warns in one line.
 */
class DatabaseRoleCheckTest {

  private static TestDatabase database;

  @BeforeAll
  static void createDatabase() {
    database = TestDatabase.create();
  }

  @AfterAll
  static void dropDatabase() {
    database.close();
  }

  @Test
  void production_refuses_to_start_as_a_superuser_and_says_why() {
    Map<String, String> environment = production(database.superuserSettings());

    assertThatThrownBy(() -> OrdersService.start(Config.fromEnvironment(environment)).close())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("APP_ENV=production refuses to start: tenant isolation is not"
            + " enforced by the database: role " + database.superuserSettings().user()
            + " is a superuser; ")
        .hasMessageEndingWith("connect as a role that owns nothing, without SUPERUSER or"
            + " BYPASSRLS, and migrate as the owner (DATABASE_MIGRATION_USER); see db/roles.sql"
            + " and ADR 0028");
  }

  @Test
  void production_starts_as_the_service_role() {
    try (OrdersService service =
        OrdersService.start(Config.fromEnvironment(production(database.settings())))) {
      assertThat(LocalHttp.get(service.port(), "/health/live").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void development_starts_as_a_superuser_with_one_loud_warning() {
    Logger checkLog = (Logger) LoggerFactory.getLogger(DatabaseRoleCheck.class);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    checkLog.addAppender(captured);
    Map<String, String> environment = PostgresServiceTest.environment(database.superuserSettings());
    environment.put("DATABASE_MIGRATE_ON_START", "false");
    try (OrdersService service = OrdersService.start(Config.fromEnvironment(environment))) {
      assertThat(captured.list).singleElement().satisfies(warning -> {
        assertThat(warning.getLevel()).isEqualTo(Level.WARN);
        assertThat(warning.getFormattedMessage()).startsWith("INSECURE DATABASE ROLE, development"
            + " only: tenant isolation is not enforced by the database: role "
            + database.superuserSettings().user() + " is a superuser");
      });
    } finally {
      checkLog.detachAppender(captured);
    }
  }

  /** What production needs, on {@code settings}; the issuer and broker are not called here. */
  private static Map<String, String> production(PostgresSettings settings) {
    Map<String, String> environment = PostgresServiceTest.environment(settings);
    environment.put("APP_ENV", "production");
    environment.put("DATABASE_MIGRATE_ON_START", "false");
    environment.put("AUTH_ISSUER", "https://login.example.com/realms/acme");
    environment.put("RABBITMQ_URL", System.getenv().getOrDefault(
        "TEST_RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5672/%2F"));
    environment.put("RUN_MODE", "api");
    environment.put("SHUTDOWN_GRACE_PERIOD", "0s");
    return environment;
  }
}
