package com.example.orders.bootstrap.config;

import static com.example.orders.bootstrap.config.DatabaseVariables.DATABASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.orders.adapters.persistence.postgres.PostgresSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code DATABASE_MIGRATION_*}: the schema's owner, which runs the migrations (ADR 0028). */
class DatabaseRolesConfigTest {

  private static final Map<String, String> POSTGRES = Map.of(
      "DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/orders",
      "DATABASE_USER", "orders_service",
      "DATABASE_PASSWORD", "s3rvice-pa55");

  @TempDir
  Path files;

  @Test
  void the_migrations_run_as_the_owner_named_apart_from_the_service_role() {
    Map<String, String> environment = new HashMap<>(POSTGRES);
    environment.put("DATABASE_MIGRATION_USER", "orders_owner");
    environment.put("DATABASE_MIGRATION_PASSWORD", "0wner-pa55");

    PostgresSettings settings = Config.fromEnvironment(environment).get(DATABASE).orElseThrow()
        .postgres();

    assertThat(settings.user()).isEqualTo("orders_service");
    assertThat(settings.migrationUser()).isEqualTo("orders_owner");
    assertThat(settings.migrationPassword()).isEqualTo("0wner-pa55");
    assertThat(settings.separateMigrationRole()).isTrue();
  }

  @Test
  void the_owner_and_its_password_may_come_from_files_and_the_password_is_masked()
      throws IOException {
    Map<String, String> environment = new HashMap<>(POSTGRES);
    environment.put("DATABASE_MIGRATION_USER_FILE",
        Files.writeString(files.resolve("user"), "orders_owner\n").toString());
    environment.put("DATABASE_MIGRATION_PASSWORD_FILE",
        Files.writeString(files.resolve("password"), "0wner-pa55").toString());

    Config config = Config.fromEnvironment(environment);

    assertThat(config.get(DATABASE).orElseThrow().postgres().migrationUser())
        .isEqualTo("orders_owner");
    assertThat(config.describe()).contains("DATABASE_MIGRATION_USER=orders_owner",
        "DATABASE_MIGRATION_PASSWORD=****");
    assertThat(String.join("\n", config.describe()) + config).doesNotContain("0wner-pa55");
  }

  @Test
  void without_an_owner_the_service_role_migrates() {
    Config config = Config.fromEnvironment(POSTGRES);

    PostgresSettings settings = config.get(DATABASE).orElseThrow().postgres();
    assertThat(settings.migrationUser()).isEqualTo("orders_service");
    assertThat(settings.separateMigrationRole()).isFalse();
    assertThat(config.describe())
        .contains("DATABASE_MIGRATION_USER=(unset: DATABASE_USER migrates)");
  }

  @Test
  void an_owner_password_without_an_owner_or_without_a_database_is_refused() {
    Map<String, String> environment = new HashMap<>(POSTGRES);
    environment.put("DATABASE_MIGRATION_PASSWORD", "0wner-pa55");

    assertThat(catchThrowableOfType(ConfigException.class,
        () -> Config.fromEnvironment(environment)).problems()).containsExactly(
        "DATABASE_MIGRATION_PASSWORD is set but DATABASE_MIGRATION_USER is not: set"
            + " DATABASE_MIGRATION_USER to migrate as the schema's owner, or unset"
            + " DATABASE_MIGRATION_PASSWORD");
    assertThat(catchThrowableOfType(ConfigException.class,
        () -> Config.fromEnvironment(Map.of("DATABASE_MIGRATION_USER", "orders_owner")))
        .problems()).singleElement().asString()
        .startsWith("DATABASE_MIGRATION_USER is set but DATABASE_URL is not");
  }
}
