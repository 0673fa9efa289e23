package com.example.orders.adapters.persistence.postgres;

import com.example.orders.application.port.DependencyUnavailableException;
import java.sql.Connection;
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
 * one, otherwise a short-lived handle in auto-commit mode.
 *
 * <p>A transaction is one handle, begun, bound to the thread for the duration of the work and then
 * committed or rolled back, so every repository call inside it runs on the same connection. Outside
 * a transaction a read costs one pooled connection for one statement: the GET path stays a single
 * round trip. The binding is a {@link ThreadLocal}, which fits blocking code on virtual threads;
 * work that hands off to other threads leaves the transaction.
 *
 * <p>Each unit of work that takes a connection of its own (a transaction, or a statement outside
 * one) passes the {@link DatabaseGuard}; work inside a transaction is guarded as part of it, so a
 * transaction never waits for a second permit while holding its first.
 */
final class HandleBinding {

  private final Jdbi jdbi;
  private final DataSource dataSource;
  private final DatabaseGuard guard;
  private final ThreadLocal<Handle> bound = new ThreadLocal<>();
  private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

  HandleBinding(Jdbi jdbi, DataSource dataSource, DatabaseGuard guard) {
    this.jdbi = jdbi;
    this.dataSource = dataSource;
    this.guard = guard;
  }

  /**
   * Like {@link #read}, with plain JDBC on the transaction's connection or a pooled one of its
   * own: for the hottest single-row read, where Jdbi's per-statement set-up (a copy of its
   * configuration, argument and mapper lookups) was 7% of an uncached read's CPU. Failures are
   * translated as for Jdbi statements.
   *
   * @param statement names the statement in the failure's message; never the bound values
   */
  <T> T readWithConnection(String statement, ConnectionWork<T> work) {
    Handle current = bound.get();
    if (current != null) {
      return runOn(statement, work, current.getConnection());
    }
    return guard.read(() -> {
      try (Connection connection = dataSource.getConnection()) {
        return runOn(statement, work, connection);
      } catch (SQLException failure) {
        throw translate(statement, failure, null);
      }
    });
  }

  /** Work on a JDBC connection. */
  @FunctionalInterface
  interface ConnectionWork<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs {@code action} after the thread's transaction commits, or at once outside one. */
  void afterCommit(Runnable action) {
    List<Runnable> pending = afterCommit.get();
    if (pending == null) {
      action.run();
    } else {
      pending.add(action);
    }
  }

  /** Runs {@code work} on the transaction's handle, or on a handle of its own outside one. */
  <T> T withHandle(HandleCallback<T, RuntimeException> work) {
    Handle current = bound.get();
    if (current != null) {
      return run(work, current);
    }
    return guard.write(() -> onOwnHandle(work));
  }

  /**
   * Like {@link #withHandle}, for work that changes nothing: outside a transaction the guard
   * may attempt it again after the database failed to answer.
   */
  <T> T read(HandleCallback<T, RuntimeException> work) {
    Handle current = bound.get();
    if (current != null) {
      return run(work, current);
    }
    return guard.read(() -> onOwnHandle(work));
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
      bound.set(handle);
      afterCommit.set(committed);
      T result;
      try {
        result = work.get();
      } catch (Throwable failure) {
        committed.clear();
        rollbackAfter(failure, handle);
        throw failure;
      } finally {
        bound.remove();
        afterCommit.remove();
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
    return isClosed(handle.getConnection());
  }

  private static boolean isClosed(Connection connection) {
    try {
      return connection.isClosed();
    } catch (SQLException unanswered) {
      // a connection that cannot even say whether it is open is gone
      return true;
    }
  }

  private static <T> T runOn(String statement, ConnectionWork<T> work, Connection connection) {
    try {
      return work.run(connection);
    } catch (SQLException failure) {
      throw translate(statement, failure, connection);
    }
  }

  private static RuntimeException translate(
      String statement, SQLException failure, Connection connection) {
    if (DatabaseFailures.isUnavailable(failure) || (connection != null && isClosed(connection))) {
      return new DependencyUnavailableException(DatabaseFailures.DEPENDENCY, failure);
    }
    return new IllegalStateException("statement failed: " + statement, failure);
  }
}
