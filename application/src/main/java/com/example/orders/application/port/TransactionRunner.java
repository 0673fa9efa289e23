package com.example.orders.application.port;

import java.util.function.Supplier;

/** Runs work atomically: every port call made inside commits together, or none does. */
public interface TransactionRunner {

  /** Runs {@code work} in one transaction; an exception thrown by it rolls everything back. */
  <T> T inTransaction(Supplier<T> work);

  /**
   * Runs {@code action} once the calling thread's transaction has committed (the outermost one,
   * when transactions are nested), or at once outside a transaction; never when it rolls back.
   * For work that must only follow a durable change, such as telling caches to forget it.
   */
  void afterCommit(Runnable action);
}
