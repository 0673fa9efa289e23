package com.example.orders.bootstrap.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PostgreSQL: where it is, who we are to it and how large a pool to keep.
 *
 * @param url a JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/orders}
 * @param user the database role
 * @param password the role's password; empty when the server trusts the role
 * @param poolSize the most connections held at once
 * @param connectionTimeout how long a request waits for a pooled connection before the database
 *     is reported unavailable (503); short, because virtual threads queue on the pool cheaply
 * @param statementTimeout how long one statement may run (lock waits included) before the server
 *     cancels it and the request is answered 503; it frees connections a slow query would hold
 * @param migrateOnStart whether {@code serve} applies pending migrations before it listens
 */
public record DatabaseConfig(
    String url,
    String user,
    Secret password,
    int poolSize,
    Duration connectionTimeout,
    Duration statementTimeout,
    boolean migrateOnStart) {

  static final String URL = "DATABASE_URL";
  static final int DEFAULT_POOL_SIZE = 10;
  static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(2);
  /** HikariCP silently replaces a shorter time-out with 30 s. */
  static final Duration MIN_CONNECTION_TIMEOUT = Duration.ofMillis(250);
  static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration MIN_STATEMENT_TIMEOUT = Duration.ofMillis(100);
  static final Duration MAX_STATEMENT_TIMEOUT = Duration.ofMinutes(5);

  private static final String URL_PREFIX = "jdbc:postgresql:";
  private static final List<String> DEPENDENT_VARIABLES = List.of(
      "DATABASE_USER", "DATABASE_USER_FILE", "DATABASE_PASSWORD", "DATABASE_PASSWORD_FILE",
      "DATABASE_POOL_SIZE", "DATABASE_CONNECTION_TIMEOUT", "DATABASE_STATEMENT_TIMEOUT",
      "DATABASE_MIGRATE_ON_START");
  private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&]*");

  public DatabaseConfig {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(connectionTimeout, "connectionTimeout");
    Objects.requireNonNull(statementTimeout, "statementTimeout");
    if (!url.startsWith(URL_PREFIX)) {
      throw new IllegalArgumentException("a PostgreSQL JDBC URL starts with " + URL_PREFIX);
    }
    if (poolSize < 1) {
      throw new IllegalArgumentException("the pool holds at least one connection");
    }
  }

  /** The URL with any {@code password=} parameter masked, safe to log. */
  public String maskedUrl() {
    return PASSWORD_IN_URL.matcher(url).replaceAll("$1****");
  }

  @Override
  public String toString() {
    return "DatabaseConfig[url=" + maskedUrl() + ", user=" + user + ", password=" + password
        + ", poolSize=" + poolSize + ", connectionTimeout=" + connectionTimeout
        + ", statementTimeout=" + statementTimeout + ", migrateOnStart=" + migrateOnStart + "]";
  }

  /** The database settings, or empty (in-memory storage) when {@code DATABASE_URL} is unset. */
  static Optional<DatabaseConfig> read(EnvironmentVariables variables, AppEnvironment environment) {
    if (!variables.isSet(URL) && !variables.isSet(URL + EnvironmentVariables.FILE_SUFFIX)) {
      if (environment == AppEnvironment.PRODUCTION) {
        variables.problem(URL + " is required when APP_ENV=production"
            + " (in-memory storage is for development only)");
      }
      DEPENDENT_VARIABLES.stream().filter(variables::isSet).forEach(name -> variables.problem(
          name + " is set but " + URL + " is not: set " + URL + " to use PostgreSQL,"
              + " or unset " + name));
      return Optional.empty();
    }
    Optional<String> url = variables.textOrFile(URL).map(String::strip);
    if (url.isPresent() && !url.get().startsWith(URL_PREFIX)) {
      variables.problem(URL + " must be a PostgreSQL JDBC URL starting with " + URL_PREFIX
          + ", e.g. jdbc:postgresql://127.0.0.1:5432/orders");
    }
    Optional<String> user = variables.textOrFile("DATABASE_USER").map(String::strip);
    if (user.isEmpty() && !variables.isSet("DATABASE_USER_FILE")) {
      variables.problem("DATABASE_USER is required when " + URL + " is set");
    }
    Secret password = new Secret(variables.textOrFile("DATABASE_PASSWORD").orElse(""));
    int poolSize = variables.integer("DATABASE_POOL_SIZE", DEFAULT_POOL_SIZE, 1, 500);
    Duration connectionTimeout = variables.duration("DATABASE_CONNECTION_TIMEOUT",
        DEFAULT_CONNECTION_TIMEOUT, MIN_CONNECTION_TIMEOUT, Duration.ofMinutes(1));
    Duration statementTimeout = variables.duration("DATABASE_STATEMENT_TIMEOUT",
        DEFAULT_STATEMENT_TIMEOUT, MIN_STATEMENT_TIMEOUT, MAX_STATEMENT_TIMEOUT);
    boolean migrateOnStart = variables.flag("DATABASE_MIGRATE_ON_START", true);
    if (url.isEmpty() || !url.get().startsWith(URL_PREFIX) || user.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new DatabaseConfig(
        url.get(), user.get(), password, poolSize, connectionTimeout, statementTimeout,
        migrateOnStart));
  }
}
