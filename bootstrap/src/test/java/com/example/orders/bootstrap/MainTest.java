package com.example.orders.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.persistence.postgres.PostgresSettings;
import com.example.orders.adapters.persistence.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> environment, String... args) {
    Main main = new Main(environment, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return main.run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void help_prints_the_commands_and_succeeds() {
    int exitCode = run(Map.of(), "--help");

    assertThat(exitCode).isZero();
    assertThat(out()).contains("serve", "migrate", "config");
    assertThat(err()).isEmpty();
  }

  @Test
  void an_unknown_command_prints_the_usage_to_stderr_and_exits_with_2() {
    int exitCode = run(Map.of(), "server");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err()).startsWith("orders-service: unknown command 'server'").contains("Usage:");
    assertThat(out()).isEmpty();
  }

  @Test
  void config_prints_the_effective_configuration_with_secrets_masked() {
    int exitCode = run(Map.of(
        "DATABASE_URL", "jdbc:postgresql://db:5432/orders",
        "DATABASE_USER", "orders",
        "DATABASE_PASSWORD", "s3cret-pa55"), "config");

    assertThat(exitCode).isZero();
    assertThat(out()).contains("DATABASE_URL=jdbc:postgresql://db:5432/orders\n")
        .contains("DATABASE_PASSWORD=****\n")
        .contains("DATABASE_POOL_SIZE=10\n")
        .contains("DATABASE_STATEMENT_TIMEOUT=5s\n")
        .doesNotContain("s3cret-pa55");
  }

  @Test
  void an_invalid_configuration_lists_its_problems_on_stderr_without_a_stack_trace() {
    int exitCode = run(Map.of("PORT", "http", "APP_ENV", "production"), "config");

    assertThat(exitCode).isEqualTo(1);
    assertThat(err()).isEqualTo("""
        orders-service: invalid configuration:
          PORT must be a whole number from 0 to 65535, got 'http'
          DATABASE_URL is required when APP_ENV=production (in-memory storage is for development only)
          AUTH_ISSUER is required when APP_ENV=production (the built-in demo token issuer is for development only)
          RABBITMQ_URL is required when APP_ENV=production (in-process delivery is for development only)
        """);
    assertThat(out()).isEmpty();
  }

  @Test
  void migrate_without_a_database_says_what_it_needs() {
    int exitCode = run(Map.of(), "migrate");

    assertThat(exitCode).isEqualTo(1);
    assertThat(err()).startsWith("orders-service: migrate needs DATABASE_URL");
  }

  @Test
  void migrate_brings_an_empty_database_up_to_the_current_schema() throws SQLException {
    try (TestDatabase database = TestDatabase.create()) {
      PostgresSettings settings = database.settings();
      DatabaseSchema.drop(settings);

      int exitCode = run(Map.of(
          "DATABASE_URL", settings.jdbcUrl(),
          "DATABASE_USER", settings.user(),
          "DATABASE_PASSWORD", settings.password(),
          "DATABASE_MIGRATION_USER", settings.migrationUser(),
          "DATABASE_MIGRATION_PASSWORD", settings.migrationPassword()), "migrate");

      assertThat(exitCode).isZero();
      assertThat(DatabaseSchema.tables(settings)).contains("orders", "flyway_schema_history");
    }
  }
}
