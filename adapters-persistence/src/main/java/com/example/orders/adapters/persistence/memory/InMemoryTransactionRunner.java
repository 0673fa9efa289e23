package com.example.orders.adapters.persistence.memory;

import com.example.orders.application.port.TransactionRunner;
import java.util.function.Supplier;

/**
 * The {@link TransactionRunner} port in memory: the work's writes are staged and published
 * together when it returns, or dropped when it throws (the exception is rethrown as it was). A
 * nested call joins the outer transaction.
 */
public final class InMemoryTransactionRunner implements TransactionRunner {

  private final InMemoryStore store;

  public InMemoryTransactionRunner(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return store.inTransaction(work);
  }

  @Override
  public void afterCommit(Runnable action) {
    store.afterCommit(action);
  }
}
