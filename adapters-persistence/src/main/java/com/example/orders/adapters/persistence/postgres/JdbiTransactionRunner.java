package com.example.orders.adapters.persistence.postgres;

import com.example.orders.application.port.TransactionRunner;
import java.util.function.Supplier;

/**
 * The {@link TransactionRunner} port on PostgreSQL: one Jdbi handle per transaction, bound to the
 * calling thread so that {@link PostgresOrders} and {@link PostgresOutbox} run on it. A nested call
 * joins the outer transaction; commit on return, rollback on any exception, which is rethrown as
 * it was.
 */
public final class JdbiTransactionRunner implements TransactionRunner {

  private final HandleBinding handles;

  public JdbiTransactionRunner(PostgresDatabase database) {
    this.handles = database.handles();
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return handles.inTransaction(work);
  }

  @Override
  public void afterCommit(Runnable action) {
    handles.afterCommit(action);
  }
}
