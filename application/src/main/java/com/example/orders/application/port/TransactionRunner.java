package com.example.orders.application.port;

import java.util.function.Supplier;

/** Runs work atomically: every port call made inside commits together, or none does. */
public interface TransactionRunner {

  /** Runs {@code work} in one transaction; an exception thrown by it rolls everything back. */
  <T> T inTransaction(Supplier<T> work);
}
