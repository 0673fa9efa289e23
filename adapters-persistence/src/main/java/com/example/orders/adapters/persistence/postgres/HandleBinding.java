package com.example.orders.adapters.persistence.postgres;

import com.example.orders.application.port.DependencyUnavailableException;
import java.sql.SQLException;
import java.util.function.Supplier;
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
  private final DatabaseGuard guard;
  private final ThreadLocal<Handle> bound = new ThreadLocal<>();

  HandleBinding(Jdbi jdbi, DatabaseGuard guard) {
    this.jdbi = jdbi;
    this.guard = guard;
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
    return guard.write(() -> inNewTransaction(work));
  }

  private <T> T onOwnHandle(HandleCallback<T, RuntimeException> work) {
    try (Handle handle = open()) {
      return run(work, handle);
    }
  }

  private <T> T inNewTransaction(Supplier<T> work) {
    try (Handle handle = open()) {
      run(Handle::begin, handle);
      bound.set(handle);
      T result;
      try {
        result = work.get();
      } catch (Throwable failure) {
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
    try {
      return handle.getConnection().isClosed();
    } catch (SQLException unanswered) {
      // a connection that cannot even say whether it is open is gone
      return true;
    }
  }
}
