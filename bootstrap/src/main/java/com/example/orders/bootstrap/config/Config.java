package com.example.orders.bootstrap.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The whole configuration of one service process, read from environment variables.
 *
 * @param environment {@code APP_ENV}
 * @param http the HTTP server
 * @param shutdown how the service stops
 * @param database PostgreSQL; empty: in-memory storage (development only)
 * @param auth the token issuer; empty: the built-in demo issuer (development only)
 * @param logging the log level
 */
public record Config(
    AppEnvironment environment,
    HttpConfig http,
    ShutdownConfig shutdown,
    Optional<DatabaseConfig> database,
    Optional<AuthConfig> auth,
    LoggingConfig logging) {

  public Config {
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(shutdown, "shutdown");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(logging, "logging");
    if (environment == AppEnvironment.PRODUCTION && (database.isEmpty() || auth.isEmpty())) {
      throw new IllegalArgumentException("production needs a database and a token issuer");
    }
  }

  /**
   * Reads and validates the configuration.
   *
   * @param environment the variables, usually {@link System#getenv()}
   * @throws ConfigException listing every problem found, one line each
   */
  public static Config fromEnvironment(Map<String, String> environment) {
    EnvironmentVariables variables = new EnvironmentVariables(environment);
    AppEnvironment appEnvironment =
        variables.choice("APP_ENV", AppEnvironment.values(), AppEnvironment.DEVELOPMENT);
    HttpConfig http = HttpConfig.read(variables);
    ShutdownConfig shutdown = ShutdownConfig.read(variables, appEnvironment);
    Optional<DatabaseConfig> database = DatabaseConfig.read(variables, appEnvironment);
    Optional<AuthConfig> auth = AuthConfig.read(variables, appEnvironment);
    LoggingConfig logging = LoggingConfig.read(variables);
    if (!variables.problems().isEmpty()) {
      throw new ConfigException(variables.problems());
    }
    return new Config(appEnvironment, http, shutdown, database, auth, logging);
  }

  /**
   * The effective configuration as {@code NAME=value} lines, defaults included and secrets
   * masked: what {@code config} prints, so an operator sees what the process would run with.
   */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    lines.add("APP_ENV=" + environment.variableValue());
    lines.add("PORT=" + http.port());
    lines.add("HTTP_MAX_REQUEST_BYTES=" + http.maxRequestBytes());
    lines.add("SHUTDOWN_GRACE_PERIOD=" + Durations.format(shutdown.gracePeriod()));
    lines.add("SHUTDOWN_TIMEOUT=" + Durations.format(shutdown.drainTimeout()));
    database.ifPresentOrElse(db -> {
      lines.add("DATABASE_URL=" + db.maskedUrl());
      lines.add("DATABASE_USER=" + db.user());
      lines.add("DATABASE_PASSWORD=" + db.password());
      lines.add("DATABASE_POOL_SIZE=" + db.poolSize());
      lines.add("DATABASE_CONNECTION_TIMEOUT=" + Durations.format(db.connectionTimeout()));
      lines.add("DATABASE_STATEMENT_TIMEOUT=" + Durations.format(db.statementTimeout()));
      lines.add("DATABASE_MIGRATE_ON_START=" + db.migrateOnStart());
    }, () -> lines.add("DATABASE_URL=(unset: in-memory storage, data is lost on exit)"));
    auth.ifPresentOrElse(issuer -> {
      lines.add("AUTH_ISSUER=" + issuer.issuer());
      lines.add("AUTH_JWKS_URI="
          + issuer.jwksUri().map(Object::toString).orElse("(unset: discovered from the issuer)"));
      lines.add("AUTH_AUDIENCE=" + issuer.audience());
      lines.add("AUTH_TENANT_CLAIM=" + issuer.tenantClaim());
      lines.add("AUTH_ALGORITHMS=" + String.join(",", new TreeSet<>(issuer.algorithms())));
      lines.add("AUTH_READ_SCOPE=" + issuer.readScope());
      lines.add("AUTH_WRITE_SCOPE=" + issuer.writeScope());
      lines.add("AUTH_CLOCK_SKEW=" + Durations.format(issuer.clockSkew()));
    }, () -> lines.add("AUTH_ISSUER=(unset: built-in demo token issuer)"));
    lines.add("LOG_LEVEL=" + logging.level());
    return List.copyOf(lines);
  }
}
