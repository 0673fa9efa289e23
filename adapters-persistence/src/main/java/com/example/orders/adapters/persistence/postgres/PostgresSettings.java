package com.example.orders.adapters.persistence.postgres;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach PostgreSQL and how large a pool to keep. The record owns its rules: its defaults,
 * the bounds of every value ({@code *_MIN}, {@code *_MAX}) and {@link #requireJdbcUrl}, so that
 * whoever reads these settings from somewhere (the service's environment) checks them by the
 * same rules the constructor enforces.
 *
 * @param jdbcUrl a {@code jdbc:postgresql:} URL
 * @param user the database role
 * @param password the role's password; empty when the server trusts the role
 * @param maxPoolSize the most connections held at once
 * @param connectionTimeout how long a caller waits for a pooled connection before the database is
 *     reported unavailable; short, because virtual threads queue on the pool cheaply
 * @param statementTimeout how long the server lets one statement of the pool run (lock waits
 *     included) before cancelling it, which reports the database unavailable and frees the
 *     connection a slow query would hold. An {@code options} parameter in the URL replaces it.
 * @param migrationUser the role that runs the migrations and owns the schema; the service role
 *     ({@code user}) owns nothing and is subject to row-level security (ADR 0028). The same as
 *     {@code user} when one role does both, which the service warns about at start-up.
 * @param migrationPassword that role's password
 */
public record PostgresSettings(
    String jdbcUrl,
    String user,
    String password,
    int maxPoolSize,
    Duration connectionTimeout,
    Duration statementTimeout,
    String migrationUser,
    String migrationPassword) {

  public static final String JDBC_URL_PREFIX = "jdbc:postgresql:";

  public static final int DEFAULT_MAX_POOL_SIZE = 10;
  public static final int MAX_POOL_SIZE_MIN = 1;
  /** Far beyond what one PostgreSQL server serves well; a larger value is a typo. */
  public static final int MAX_POOL_SIZE_MAX = 500;

  public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(2);
  /** HikariCP silently replaces a shorter time-out with its 30 s default: refuse it instead. */
  public static final Duration CONNECTION_TIMEOUT_MIN = Duration.ofMillis(250);
  public static final Duration CONNECTION_TIMEOUT_MAX = Duration.ofMinutes(1);

  /** Long enough for any statement of a request, short enough to free a stuck connection. */
  public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(5);
  /**
   * PostgreSQL reads 0 as "no limit"; below 100 ms ordinary statements of a busy server would be
   * cancelled, so a shorter value is a mistake rather than a tuning.
   */
  public static final Duration STATEMENT_TIMEOUT_MIN = Duration.ofMillis(100);
  public static final Duration STATEMENT_TIMEOUT_MAX = Duration.ofMinutes(5);

  private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&]*");
  private static final String MASK = "****";

  public PostgresSettings {
    requireJdbcUrl("jdbcUrl", jdbcUrl);
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(migrationUser, "migrationUser");
    Objects.requireNonNull(migrationPassword, "migrationPassword");
    if (maxPoolSize < MAX_POOL_SIZE_MIN || maxPoolSize > MAX_POOL_SIZE_MAX) {
      throw new IllegalArgumentException("maxPoolSize must be " + MAX_POOL_SIZE_MIN + " to "
          + MAX_POOL_SIZE_MAX + ", was " + maxPoolSize);
    }
    requireWithin("connectionTimeout", connectionTimeout, CONNECTION_TIMEOUT_MIN,
        CONNECTION_TIMEOUT_MAX);
    requireWithin("statementTimeout", statementTimeout, STATEMENT_TIMEOUT_MIN,
        STATEMENT_TIMEOUT_MAX);
  }

  /** Settings where the service role also runs the migrations. */
  public PostgresSettings(String jdbcUrl, String user, String password, int maxPoolSize,
      Duration connectionTimeout, Duration statementTimeout) {
    this(jdbcUrl, user, password, maxPoolSize, connectionTimeout, statementTimeout, user,
        password);
  }

  /** Settings with the default statement time-out. */
  public PostgresSettings(
      String jdbcUrl, String user, String password, int maxPoolSize, Duration connectionTimeout) {
    this(jdbcUrl, user, password, maxPoolSize, connectionTimeout, DEFAULT_STATEMENT_TIMEOUT);
  }

  /** These settings with the migrations run by another role, the schema's owner. */
  public PostgresSettings withMigrationRole(String owner, String ownerPassword) {
    return new PostgresSettings(jdbcUrl, user, password, maxPoolSize, connectionTimeout,
        statementTimeout, owner, ownerPassword);
  }

  /** Whether the migrations run as a role of their own, not as the service role. */
  public boolean separateMigrationRole() {
    return !migrationUser.equals(user);
  }

  /**
   * Checks that {@code url} is a PostgreSQL JDBC URL.
   *
   * @param name what the URL is called where it came from, for the message
   * @throws IllegalArgumentException saying what a valid URL looks like
   */
  public static String requireJdbcUrl(String name, String url) {
    if (url == null || !url.startsWith(JDBC_URL_PREFIX)) {
      throw new IllegalArgumentException(name + " must be a PostgreSQL JDBC URL starting with "
          + JDBC_URL_PREFIX + ", e.g. jdbc:postgresql://127.0.0.1:5432/orders");
    }
    return url;
  }

  /** The URL with any {@code password=} parameter masked: the one masking rule for the URL. */
  public String maskedJdbcUrl() {
    return PASSWORD_IN_URL.matcher(jdbcUrl).replaceAll("$1" + MASK);
  }

  /** Masks the password, including one given as a URL parameter. */
  @Override
  public String toString() {
    return "PostgresSettings[jdbcUrl=" + maskedJdbcUrl() + ", user=" + user + ", password="
        + MASK + ", maxPoolSize=" + maxPoolSize + ", connectionTimeout=" + connectionTimeout
        + ", statementTimeout=" + statementTimeout + ", migrationUser=" + migrationUser
        + ", migrationPassword=" + MASK + "]";
  }

  private static void requireWithin(String name, Duration value, Duration min, Duration max) {
    Objects.requireNonNull(value, name);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          name + " must be " + min.toMillis() + " ms to " + max.toMillis() + " ms, was " + value);
    }
  }
}
