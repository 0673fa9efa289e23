package com.example.orders.bootstrap.config;

import com.example.orders.adapters.persistence.postgres.PostgresSettings;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code DATABASE_*}: PostgreSQL when {@code DATABASE_URL} is set, else in-memory storage. */
public final class DatabaseVariables implements ConfigArea<Optional<DatabaseConfig>> {

  public static final DatabaseVariables DATABASE = new DatabaseVariables();

  static final String URL = "DATABASE_URL";
  static final String MIGRATION_USER = "DATABASE_MIGRATION_USER";
  static final String MIGRATION_PASSWORD = "DATABASE_MIGRATION_PASSWORD";
  private static final List<String> DEPENDENT_VARIABLES = List.of(
      "DATABASE_USER", "DATABASE_USER_FILE", "DATABASE_PASSWORD", "DATABASE_PASSWORD_FILE",
      "DATABASE_POOL_SIZE", "DATABASE_CONNECTION_TIMEOUT", "DATABASE_STATEMENT_TIMEOUT",
      "DATABASE_MIGRATE_ON_START", "DATABASE_MIGRATION_USER", "DATABASE_MIGRATION_USER_FILE",
      "DATABASE_MIGRATION_PASSWORD", "DATABASE_MIGRATION_PASSWORD_FILE");

  private DatabaseVariables() {}

  @Override
  public Optional<DatabaseConfig> read(EnvironmentVariables variables, AppEnvironment environment) {
    if (!variables.isSet(URL) && !variables.isSet(URL + EnvironmentVariables.FILE_SUFFIX)) {
      if (environment == AppEnvironment.PRODUCTION) {
        variables.problem(URL + " is required when APP_ENV=production"
            + " (in-memory storage is for development only)");
      }
      variables.refuseWithout(URL, DEPENDENT_VARIABLES, "use PostgreSQL");
      return Optional.empty();
    }
    Optional<String> url = variables.textOrFile(URL).map(String::strip)
        .flatMap(text -> variables.accepted(() -> PostgresSettings.requireJdbcUrl(URL, text)));
    Optional<String> user = variables.textOrFile("DATABASE_USER").map(String::strip);
    if (user.isEmpty() && !variables.isSet("DATABASE_USER_FILE")) {
      variables.problem("DATABASE_USER is required when " + URL + " is set");
    }
    String password = variables.textOrFile("DATABASE_PASSWORD").orElse("");
    int poolSize = variables.integer("DATABASE_POOL_SIZE", PostgresSettings.DEFAULT_MAX_POOL_SIZE,
        PostgresSettings.MAX_POOL_SIZE_MIN, PostgresSettings.MAX_POOL_SIZE_MAX);
    Duration connectionTimeout = variables.duration("DATABASE_CONNECTION_TIMEOUT",
        PostgresSettings.DEFAULT_CONNECTION_TIMEOUT, PostgresSettings.CONNECTION_TIMEOUT_MIN,
        PostgresSettings.CONNECTION_TIMEOUT_MAX);
    Duration statementTimeout = variables.duration("DATABASE_STATEMENT_TIMEOUT",
        PostgresSettings.DEFAULT_STATEMENT_TIMEOUT, PostgresSettings.STATEMENT_TIMEOUT_MIN,
        PostgresSettings.STATEMENT_TIMEOUT_MAX);
    boolean migrateOnStart = variables.flag("DATABASE_MIGRATE_ON_START", true);
    // the schema's owner (ADR 0028); unset, the service role migrates, and is warned about
    Optional<String> migrationUser = variables.textOrFile(MIGRATION_USER).map(String::strip);
    Optional<String> migrationPassword = variables.textOrFile(MIGRATION_PASSWORD);
    boolean ownerNamed = migrationUser.isPresent()
        || variables.isSet(MIGRATION_USER + EnvironmentVariables.FILE_SUFFIX);
    if (!ownerNamed && migrationPassword.isPresent()) {
      variables.problem(MIGRATION_PASSWORD + " is set but " + MIGRATION_USER + " is not: set "
          + MIGRATION_USER + " to migrate as the schema's owner, or unset " + MIGRATION_PASSWORD);
    }
    if (url.isEmpty() || user.isEmpty()) {
      return Optional.empty();
    }
    PostgresSettings settings = new PostgresSettings(url.get(), user.get(), password, poolSize,
        connectionTimeout, statementTimeout);
    return Optional.of(new DatabaseConfig(
        migrationUser.map(owner -> settings.withMigrationRole(owner, migrationPassword.orElse("")))
            .orElse(settings),
        migrateOnStart));
  }

  @Override
  public List<String> describe(Optional<DatabaseConfig> database) {
    return database.map(DatabaseVariables::describe)
        .orElse(List.of(URL + "=(unset: in-memory storage, data is lost on exit)"));
  }

  private static List<String> describe(DatabaseConfig database) {
    PostgresSettings postgres = database.postgres();
    return List.of(
        URL + "=" + postgres.maskedJdbcUrl(),
        "DATABASE_USER=" + postgres.user(),
        "DATABASE_PASSWORD=" + Secrets.masked(postgres.password()),
        "DATABASE_POOL_SIZE=" + postgres.maxPoolSize(),
        "DATABASE_CONNECTION_TIMEOUT=" + Durations.format(postgres.connectionTimeout()),
        "DATABASE_STATEMENT_TIMEOUT=" + Durations.format(postgres.statementTimeout()),
        "DATABASE_MIGRATE_ON_START=" + database.migrateOnStart(),
        MIGRATION_USER + "=" + (postgres.separateMigrationRole() ? postgres.migrationUser()
            : "(unset: DATABASE_USER migrates)"),
        MIGRATION_PASSWORD + "=" + Secrets.masked(postgres.migrationPassword()));
  }
}
