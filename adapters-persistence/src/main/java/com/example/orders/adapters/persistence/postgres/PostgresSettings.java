package com.example.orders.adapters.persistence.postgres;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach PostgreSQL and how large a pool to keep.
 *
 * @param jdbcUrl a {@code jdbc:postgresql:} URL
 * @param user the database role
 * @param password the role's password; empty when the server trusts the role
 * @param maxPoolSize the most connections held at once, at least 1
 * @param connectionTimeout how long a caller waits for a pooled connection before the database is
 *     reported unavailable; at least 250 ms (HikariCP's minimum)
 * @param statementTimeout how long the server lets one statement of the pool run (lock waits
 *     included) before cancelling it, which reports the database unavailable; at least 1 ms. An
 *     {@code options} parameter in the URL replaces it.
 */
public record PostgresSettings(
    String jdbcUrl,
    String user,
    String password,
    int maxPoolSize,
    Duration connectionTimeout,
    Duration statementTimeout) {

  /** Long enough for any statement of a request, short enough to free a stuck connection. */
  public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(5);

  private static final Duration MIN_CONNECTION_TIMEOUT = Duration.ofMillis(250);
  private static final Duration MIN_STATEMENT_TIMEOUT = Duration.ofMillis(1);
  private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&]*");

  public PostgresSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(connectionTimeout, "connectionTimeout");
    Objects.requireNonNull(statementTimeout, "statementTimeout");
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("a PostgreSQL JDBC URL starts with jdbc:postgresql:");
    }
    if (maxPoolSize < 1) {
      throw new IllegalArgumentException("the pool holds at least one connection");
    }
    // HikariCP silently replaces a smaller time-out with its 30 s default: refuse it instead.
    if (connectionTimeout.compareTo(MIN_CONNECTION_TIMEOUT) < 0) {
      throw new IllegalArgumentException("the connection time-out is at least 250 ms");
    }
    // PostgreSQL reads 0 as "no limit", and milliseconds are all it takes
    if (statementTimeout.compareTo(MIN_STATEMENT_TIMEOUT) < 0) {
      throw new IllegalArgumentException("the statement time-out is at least 1 ms");
    }
  }

  /** Settings with the {@linkplain #DEFAULT_STATEMENT_TIMEOUT default statement time-out}. */
  public PostgresSettings(
      String jdbcUrl, String user, String password, int maxPoolSize, Duration connectionTimeout) {
    this(jdbcUrl, user, password, maxPoolSize, connectionTimeout, DEFAULT_STATEMENT_TIMEOUT);
  }

  /** Masks the password, including one given as a URL parameter. */
  @Override
  public String toString() {
    return "PostgresSettings[jdbcUrl=" + PASSWORD_IN_URL.matcher(jdbcUrl).replaceAll("$1***")
        + ", user=" + user + ", password=***, maxPoolSize=" + maxPoolSize
        + ", connectionTimeout=" + connectionTimeout + ", statementTimeout=" + statementTimeout
        + "]";
  }
}
