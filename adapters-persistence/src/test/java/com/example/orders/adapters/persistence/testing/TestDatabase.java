package com.example.orders.adapters.persistence.testing;

import com.example.orders.adapters.persistence.postgres.PostgresDatabase;
import com.example.orders.adapters.persistence.postgres.PostgresSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh, migrated PostgreSQL database of its own for a test class, dropped on {@link #close()}.
 *
 * <p>The server comes from {@code TEST_DATABASE_URL} (default {@value #DEFAULT_URL}), {@code
 * TEST_DATABASE_USER} (default {@code postgres}) and {@code TEST_DATABASE_PASSWORD} (default
 * empty); the role must be a superuser, which sets up the service's two roles ({@code
 * db/roles.sql}, once per run). The database belongs to the owner role {@value #OWNER}, which
 * migrates it; {@link #settings()} connect as the service role {@value #SERVICE}, which owns
 * nothing and is bound by row-level security, as in production (ADR 0028). Tests never skip when
 * the server is missing: they fail and say what to start.
 */
public final class TestDatabase implements AutoCloseable {

  static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

  /** The roles of {@code db/roles.sql}. */
  public static final String OWNER = "orders_owner";
  public static final String SERVICE = "orders_service";

  private static final String ROLES_SCRIPT = "/db/roles.sql";
  private static boolean rolesReady; // guarded by TestDatabase.class

  private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?");

  private final Server server;
  private final String name;
  private final PostgresSettings settings;
  private boolean dropped;

  private TestDatabase(Server server, String name, PostgresSettings settings) {
    this.server = server;
    this.name = name;
    this.settings = settings;
  }

  /** Creates a database named {@code orders_test_<random>} and migrates it to the latest schema. */
  public static TestDatabase create() {
    Server server = Server.fromEnvironment(System.getenv());
    setUpRoles(server);
    String name =
        "orders_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    server.execute("CREATE DATABASE " + name + " OWNER " + OWNER);
    TestDatabase database = new TestDatabase(server, name, new PostgresSettings(
        server.urlOf(name), SERVICE, server.password(), 8, Duration.ofSeconds(2))
        .withMigrationRole(OWNER, server.password()));
    try (PostgresDatabase postgres = PostgresDatabase.connect(database.settings)) {
      postgres.migrate();
    } catch (RuntimeException migrationFailed) {
      database.close();
      throw migrationFailed;
    }
    return database;
  }

  /**
   * Settings that reach this database as the service role (migrations as the owner); each caller
   * opens (and closes) its own pool.
   */
  public PostgresSettings settings() {
    return settings;
  }

  /** Settings that reach this database as the server's superuser, to arrange or inspect. */
  public PostgresSettings superuserSettings() {
    return new PostgresSettings(settings.jdbcUrl(), server.user(), server.password(), 2,
        Duration.ofSeconds(2));
  }

  /** The roles' script, run once per test run; their password is the server's, if it has one. */
  private static synchronized void setUpRoles(Server server) {
    if (rolesReady) {
      return;
    }
    try (InputStream script = TestDatabase.class.getResourceAsStream(ROLES_SCRIPT)) {
      server.execute(new String(script.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    if (!server.password().isEmpty()) {
      String password = server.password().replace("'", "''");
      server.execute("ALTER ROLE " + OWNER + " PASSWORD '" + password + "'");
      server.execute("ALTER ROLE " + SERVICE + " PASSWORD '" + password + "'");
    }
    rolesReady = true;
  }

  /** Drops the database, ending any connection still open to it. */
  @Override
  public void close() {
    if (!dropped) {
      server.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      dropped = true;
    }
  }

  /** The PostgreSQL server the test databases live on, reached through its maintenance database. */
  private record Server(String url, String user, String password) {

    static Server fromEnvironment(Map<String, String> environment) {
      return new Server(
          environment.getOrDefault("TEST_DATABASE_URL", DEFAULT_URL),
          environment.getOrDefault("TEST_DATABASE_USER", "postgres"),
          environment.getOrDefault("TEST_DATABASE_PASSWORD", ""));
    }

    /** The URL of another database on the same server, with the same parameters. */
    String urlOf(String database) {
      Matcher parts = URL.matcher(url);
      if (!parts.matches()) {
        throw new IllegalStateException(
            "TEST_DATABASE_URL is not a jdbc:postgresql://host[:port]/database URL: " + url);
      }
      return parts.group(1) + "/" + database + (parts.group(3) == null ? "" : parts.group(3));
    }

    @Override
    public String toString() {
      return "Server[url=" + url + ", user=" + user + ", password=***]";
    }

    void execute(String sql) {
      Properties credentials = new Properties();
      credentials.setProperty("user", user);
      credentials.setProperty("password", password);
      credentials.setProperty("connectTimeout", "5");
      try (Connection connection = DriverManager.getConnection(url, credentials);
          Statement statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException failure) {
        if (failure.getSQLState() != null && failure.getSQLState().startsWith("08")) {
          throw new IllegalStateException("PostgreSQL is not reachable at " + url + " as " + user
              + ": start it (see README), or point TEST_DATABASE_URL, TEST_DATABASE_USER and"
              + " TEST_DATABASE_PASSWORD at a server where this role may create databases",
              failure);
        }
        throw new IllegalStateException("PostgreSQL at " + url + " refused: " + sql, failure);
      }
    }
  }
}
