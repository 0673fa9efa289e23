package com.example.orders.adapters.persistence.testing;

import com.example.orders.adapters.persistence.postgres.PostgresDatabase;
import com.example.orders.adapters.persistence.postgres.PostgresSettings;
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
 * empty); the role must be allowed to create databases. Tests never skip when the server is
 * missing: they fail and say what to start.
 */
public final class TestDatabase implements AutoCloseable {

  static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

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
    String name =
        "orders_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    server.execute("CREATE DATABASE " + name);
    TestDatabase database = new TestDatabase(server, name, new PostgresSettings(
        server.urlOf(name), server.user(), server.password(), 8, Duration.ofSeconds(2)));
    try (PostgresDatabase postgres = PostgresDatabase.connect(database.settings)) {
      postgres.migrate();
    } catch (RuntimeException migrationFailed) {
      database.close();
      throw migrationFailed;
    }
    return database;
  }

  /** Settings that reach this database; each caller opens (and closes) its own pool. */
  public PostgresSettings settings() {
    return settings;
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
