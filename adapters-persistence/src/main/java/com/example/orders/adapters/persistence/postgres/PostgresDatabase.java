package com.example.orders.adapters.persistence.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.opentelemetry.api.OpenTelemetry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's PostgreSQL database: a HikariCP pool, Jdbi on top of it, schema migrations and a
 * cheap health check. One instance per process; the repositories and the transaction runner share
 * it, which is how they share a transaction.
 */
public final class PostgresDatabase implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(PostgresDatabase.class);

  /**
   * Connections are recycled within the 30-minute limits common in proxies and load balancers,
   * which also spreads them over a new primary after a fail-over.
   */
  private static final Duration MAX_LIFETIME = Duration.ofMinutes(25);
  /** Idle connections are pinged this often, so a silently dropped one is found before use. */
  private static final Duration KEEPALIVE_TIME = Duration.ofMinutes(2);
  /**
   * How much longer than the statement time-out the driver waits for any answer: enough for the
   * server's own cancellation to arrive first, short enough that a silent network (a black hole)
   * fails the request instead of holding it for the hours TCP keepalive takes to notice.
   */
  private static final Duration SOCKET_TIMEOUT_MARGIN = Duration.ofSeconds(5);

  /** The Flyway placeholder that names the service role in the migrations. */
  static final String SERVICE_ROLE_PLACEHOLDER = "service_role";

  private final PostgresSettings settings;
  private final HikariDataSource dataSource;
  private final HandleBinding handles;
  private final HandleBinding backgroundHandles;

  private PostgresDatabase(PostgresSettings settings, HikariDataSource dataSource,
      DatabaseGuard guard, OpenTelemetry telemetry) {
    this.settings = settings;
    this.dataSource = dataSource;
    // statements of the repositories are traced; the probes and the role check use the bare pool
    DataSource statements = SqlTracing.traced(dataSource, telemetry);
    Jdbi jdbi = Jdbi.create(statements).installPlugin(new PostgresPlugin());
    // Jdbi's default message lists the bound values (customer names and e-mails among them), and
    // failures end up in logs: keep the statement, which names its parameters, and drop the values
    jdbi.getConfig(StatementExceptions.class)
        .setMessageRendering(PostgresDatabase::messageWithoutValues);
    this.handles = new HandleBinding(jdbi, statements, guard);
    // background work (the outbox relay) calls on its own schedule, also during an outage: its
    // calls must not be the trial calls that decide the breaker guarding requests
    this.backgroundHandles = new HandleBinding(jdbi, statements, DatabaseGuard.none());
  }

  /** {@link #connect(PostgresSettings, DatabaseGuard)} without a guard. */
  public static PostgresDatabase connect(PostgresSettings settings) {
    return connect(settings, DatabaseGuard.none());
  }

  /**
   * Creates the pool without waiting for the server: the process can start (and report itself
   * not ready) while the database is still down; calls fail fast until it is up.
   *
   * @param guard what every transaction, and every statement outside one, passes through
   */
  public static PostgresDatabase connect(PostgresSettings settings, DatabaseGuard guard) {
    return connect(settings, guard, OpenTelemetry.noop());
  }

  /**
   * Like {@link #connect(PostgresSettings, DatabaseGuard)}, with a span for every statement run
   * inside a trace (ADR 0033).
   */
  public static PostgresDatabase connect(PostgresSettings settings, DatabaseGuard guard,
      OpenTelemetry telemetry) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("orders-db");
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.maxPoolSize());
    config.setConnectionTimeout(settings.connectionTimeout().toMillis());
    config.setMaxLifetime(MAX_LIFETIME.toMillis());
    config.setKeepaliveTime(KEEPALIVE_TIME.toMillis());
    config.setInitializationFailTimeout(-1);
    // multi-row INSERTs for batches (the outbox appends several events in one batch)
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    config.addDataSourceProperty("ApplicationName", "orders-service");
    config.addDataSourceProperty("tcpKeepAlive", "true");
    // the server's "Detail" repeats the offending values (a failed check prints the whole row)
    config.addDataSourceProperty("logServerErrorDetail", "false");
    // a connection attempt never outlasts the caller's wait for one by much
    config.addDataSourceProperty(
        "connectTimeout", String.valueOf(Math.max(1, settings.connectionTimeout().toSeconds())));
    // the server cancels a longer statement (SQLSTATE 57014): a slow query or a wait for a lock
    // cannot hold a request, and its pooled connection, beyond this
    config.addDataSourceProperty(
        "options", "-c statement_timeout=" + settings.statementTimeout().toMillis());
    config.addDataSourceProperty("socketTimeout", String.valueOf(
        ceilSeconds(settings.statementTimeout().plus(SOCKET_TIMEOUT_MARGIN))));
    return new PostgresDatabase(settings, new HikariDataSource(config), guard, telemetry);
  }

  /**
   * Brings the schema up to date with the migrations in {@code classpath:db/migration}, on
   * connections of its own: the pool's statement and socket time-outs are sized for requests,
   * and a migration may rightly run for minutes.
   */
  public void migrate() {
    try {
      MigrateResult result = Flyway.configure()
          .dataSource(settings.jdbcUrl(), settings.migrationUser(), settings.migrationPassword())
          .locations("classpath:db/migration")
          // the role the migrations grant to; inside an SQL string literal, hence the quotes
          .placeholders(Map.of(SERVICE_ROLE_PLACEHOLDER, settings.user().replace("'", "''")))
          .failOnMissingLocations(true)
          .load()
          .migrate();
      // Flyway reports no target version when there was nothing to apply
      String version = result.targetSchemaVersion != null
          ? result.targetSchemaVersion : result.initialSchemaVersion;
      log.info("database schema at version {} ({} migrations applied)",
          version, result.migrationsExecuted);
    } catch (FlywayException failure) {
      throw DatabaseFailures.translate(failure);
    }
  }

  /**
   * What is wrong with the role the service connects as, for tenant isolation by row-level
   * security (ADR 0028): a superuser, {@code BYPASSRLS}, owning a table (itself or through a role
   * it inherits). Empty when nothing is.
   *
   * @throws com.example.orders.application.port.DependencyUnavailableException when the database
   *     does not answer
   */
  public List<String> serviceRoleProblems() {
    return ServiceRoleCheck.problems(dataSource);
  }

  /**
   * Whether the database answers: either every pooled connection is busy serving requests, or a
   * {@code SELECT 1} answers within {@code timeout}, waiting for a pooled connection included.
   * Never throws: a probe only needs the answer. The reason is logged at DEBUG only: whoever
   * checks on a schedule logs the change of answer once, not every failed check.
   */
  public boolean isHealthy(Duration timeout) {
    if (allConnectionsInUse()) {
      return true;
    }
    FutureTask<Boolean> probe = new FutureTask<>(() -> selectOne(timeout));
    // on its own thread, because waiting for a pooled connection cannot be bounded per call
    Thread.ofVirtual().name("orders-db-health").start(probe);
    try {
      return probe.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException slow) {
      probe.cancel(true);
      log.debug("database health check did not answer within {}", timeout);
      return false;
    } catch (ExecutionException failure) {
      log.debug("database health check failed: {}", failure.getCause().toString());
      return false;
    } catch (InterruptedException interrupted) {
      probe.cancel(true);
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The pool, for pool metrics. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Closes the pool; connections in use are closed when they are returned. */
  @Override
  public void close() {
    dataSource.close();
  }

  HandleBinding handles() {
    return handles;
  }

  /** Handles outside the guard, for background work with its own back-off. */
  HandleBinding backgroundHandles() {
    return backgroundHandles;
  }

  PostgresSettings settings() {
    return settings;
  }

  /**
   * A saturated pool is a database answering traffic. Probing it would queue behind requests
   * and, under load, report every replica down at once, emptying the Service. A database that
   * stops answering cannot keep the pool saturated for long: each statement ends within the
   * statement time-out, and a lost connection within the socket time-out.
   */
  private boolean allConnectionsInUse() {
    HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
    return pool != null && pool.getActiveConnections() >= dataSource.getMaximumPoolSize();
  }

  private static long ceilSeconds(Duration duration) {
    return duration.plusNanos(999_999_999).toSeconds();
  }

  /** The driver's message and the SQL as written, with named placeholders but no bound values. */
  private static String messageWithoutValues(StatementException failure) {
    StatementContext context = failure.getStatementContext();
    return context == null
        ? failure.getShortMessage()
        : failure.getShortMessage() + " [statement:\"" + context.getRawSql() + "\"]";
  }

  private boolean selectOne(Duration timeout) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      // the server gives up too, so a stuck probe does not hold a connection for long
      statement.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
      try (ResultSet answer = statement.executeQuery("SELECT 1")) {
        return answer.next() && answer.getInt(1) == 1;
      }
    }
  }
}
