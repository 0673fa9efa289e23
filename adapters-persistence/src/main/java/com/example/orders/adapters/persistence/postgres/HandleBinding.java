package com.example.orders.adapters.persistence.postgres;

import com.example.orders.application.port.DependencyUnavailableException;
import com.example.orders.domain.shared.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Lends repositories a Jdbi handle: the one bound to the calling thread's transaction when there is
 * one, otherwise a short transaction of its own.
 *
 * <p>A transaction is one handle, begun, bound to the thread for the duration of the work and then
 * committed or rolled back, so every repository call inside it runs on the same connection. The
 * binding is a {@link ThreadLocal}, which fits blocking code on virtual threads; work that hands
 * off to other threads leaves the transaction.
 *
 * <p>Every handle is lent for one tenant (ADR 0028): the transaction it runs in names the tenant
 * to PostgreSQL, {@code set_config('app.tenant', tenant, true)}, so row-level security shows it
 * that tenant's rows and no others, and the setting ends with the transaction: a connection goes
 * back to the pool with no tenant on it. A transaction serves one tenant; the first statement
 * that names one sets it, a second tenant in the same transaction is a bug and refused. Work
 * outside a transaction gets a short one of its own. Only {@link #acrossTenants} lends a handle
 * without a tenant, for the functions that work across tenants (the outbox relay's); any other
 * statement on it sees no tenant-owned rows.
 *
 * <p>Each unit of work that takes a connection of its own (a transaction, or a statement outside
 * one) passes the {@link DatabaseGuard}; work inside a transaction is guarded as part of it, so a
 * transaction never waits for a second permit while holding its first.
 */
final class HandleBinding {

  /** Local to the transaction: it ends with it, and the pooled connection forgets the tenant. */
  static final String SET_TENANT = "SELECT set_config('app.tenant', ?, true)";

  private final Jdbi jdbi;
  private final DataSource dataSource;
  private final DatabaseGuard guard;
  private final ThreadLocal<BoundTransaction> bound = new ThreadLocal<>();

  HandleBinding(Jdbi jdbi, DataSource dataSource, DatabaseGuard guard) {
    this.jdbi = jdbi;
    this.dataSource = dataSource;
    this.guard = guard;
  }

  /**
   * A query in plain JDBC, on the transaction's connection or a pooled one of its own: for the
   * hottest single-row read, where Jdbi's per-statement set-up (a copy of its configuration,
   * argument and mapper lookups) was 7% of an uncached read's CPU (ADR 0036). Failures are
   * translated as for Jdbi statements.
   *
   * <p>Outside a transaction the tenant costs no round trip of its own: the statement goes as
   * {@code SELECT set_config(...); sql} in one message sequence, which PostgreSQL runs as one
   * implicit transaction that ends at its Sync, the setting with it.
   *
   * @param sql the query, its parameters bound by {@code binder} from the index it is given
   */
  <T> T query(TenantId tenant, String sql, Binder binder, RowsReader<T> reader) {
    if (bound.get() != null) {
      return statement(tenant, sql, statement -> {
        binder.bind(statement, 1);
        try (ResultSet rows = statement.executeQuery()) {
          return reader.read(rows);
        }
      });
    }
    return guard.read(() -> {
      try (Connection connection = dataSource.getConnection()) {
        return runOn(sql, own -> {
          try (PreparedStatement statement = own.prepareStatement(SET_TENANT + "; " + sql)) {
            statement.setString(1, tenant.value());
            binder.bind(statement, 2);
            statement.execute();
            statement.getMoreResults();
            try (ResultSet rows = statement.getResultSet()) {
              return reader.read(rows);
            }
          }
        }, connection);
      } catch (SQLException failure) {
        throw DatabaseFailures.translate(sql, failure, null);
      }
    });
  }

  /**
   * A statement in plain JDBC on the transaction's connection, or in a transaction of its own
   * outside one: for the writes of every event (the outbox append, the inbox record), where Jdbi's
   * per-argument lookups were a fifth of the service's CPU in the event pipeline (ADR 0036).
   * Failures are translated as for Jdbi statements.
   */
  <T> T statement(TenantId tenant, String sql, StatementWork<T> work) {
    BoundTransaction current = bound.get();
    if (current == null) {
      return inTransaction(() -> statement(tenant, sql, work));
    }
    current.serve(tenant);
    return runOn(sql, connection -> {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        return work.run(statement);
      }
    }, current.connection());
  }

  /** Work on a prepared statement: binds, executes and reads it. */
  @FunctionalInterface
  interface StatementWork<T> {
    T run(PreparedStatement statement) throws SQLException;
  }

  /** Binds the parameters of a statement, the first of them at index {@code first}. */
  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement statement, int first) throws SQLException;
  }

  /** Reads the rows of a query. */
  @FunctionalInterface
  interface RowsReader<T> {
    T read(ResultSet rows) throws SQLException;
  }

  /** Work on a JDBC connection. */
  @FunctionalInterface
  private interface ConnectionWork<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs {@code action} after the thread's transaction commits, or at once outside one. */
  void afterCommit(Runnable action) {
    BoundTransaction current = bound.get();
    if (current == null) {
      action.run();
    } else {
      current.afterCommit(action);
    }
  }

  /**
   * Runs {@code work} for {@code tenant} on the transaction's handle, or in a transaction of its
   * own outside one.
   */
  <T> T withHandle(TenantId tenant, HandleCallback<T, RuntimeException> work) {
    BoundTransaction current = bound.get();
    if (current != null) {
      current.serve(tenant);
      return run(work, current.handle());
    }
    return guard.write(() -> inNewTransaction(() -> withHandle(tenant, work), new ArrayList<>()));
  }

  /**
   * Like {@link #withHandle}, for work that changes nothing: outside a transaction the guard
   * may attempt it again after the database failed to answer.
   */
  <T> T read(TenantId tenant, HandleCallback<T, RuntimeException> work) {
    BoundTransaction current = bound.get();
    if (current != null) {
      current.serve(tenant);
      return run(work, current.handle());
    }
    return guard.read(() -> inNewTransaction(() -> read(tenant, work), new ArrayList<>()));
  }

  /**
   * Runs {@code work} with no tenant set, on the transaction's handle or on a handle of its own
   * in auto-commit mode: for the functions that work across tenants. A tenant-owned table read
   * here directly shows no rows.
   */
  <T> T acrossTenants(HandleCallback<T, RuntimeException> work) {
    BoundTransaction current = bound.get();
    if (current != null) {
      return run(work, current.handle());
    }
    return guard.write(() -> onOwnHandle(work));
  }

  /**
   * Runs {@code work} in a transaction: commits when it returns, rolls back when it throws and
   * rethrows what it threw. Called inside a transaction, it joins that one (no savepoint).
   */
  <T> T inTransaction(Supplier<T> work) {
    if (bound.get() != null) {
      return work.get();
    }
    List<Runnable> committed = new ArrayList<>();
    T result = guard.write(() -> inNewTransaction(work, committed));
    committed.forEach(Runnable::run);
    return result;
  }

  private <T> T onOwnHandle(HandleCallback<T, RuntimeException> work) {
    try (Handle handle = open()) {
      return run(work, handle);
    }
  }

  private <T> T inNewTransaction(Supplier<T> work, List<Runnable> committed) {
    try (Handle handle = open()) {
      run(Handle::begin, handle);
      bound.set(new BoundTransaction(handle, committed));
      T result;
      try {
        result = work.get();
      } catch (Throwable failure) {
        committed.clear();
        rollbackAfter(failure, handle);
        throw failure;
      } finally {
        bound.remove();
      }
      run(Handle::commit, handle);
      return result;
    }
  }

  private Handle open() {
    try {
      return jdbi.open();
    } catch (JdbiException failure) {
      throw DatabaseFailures.translate(failure);
    }
  }

  private static <T> T run(HandleCallback<T, RuntimeException> work, Handle handle) {
    try {
      return work.withHandle(handle);
    } catch (JdbiException failure) {
      // once the pool has seen the connection break, it reports only "closed", with no SQLSTATE
      throw isClosed(handle)
          ? new DependencyUnavailableException(DatabaseFailures.DEPENDENCY, failure)
          : DatabaseFailures.translate(failure);
    }
  }

  /** A failed rollback must not hide why the work failed: it travels along as suppressed. */
  private static void rollbackAfter(Throwable failure, Handle handle) {
    try {
      handle.rollback();
    } catch (JdbiException rollbackFailure) {
      failure.addSuppressed(rollbackFailure);
    }
  }

  private static boolean isClosed(Handle handle) {
    return DatabaseFailures.isClosed(handle.getConnection());
  }

  private static <T> T runOn(String statement, ConnectionWork<T> work, Connection connection) {
    try {
      return work.run(connection);
    } catch (SQLException failure) {
      throw DatabaseFailures.translate(statement, failure, connection);
    }
  }
}
