package com.example.orders.adapters.persistence.postgres;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.util.function.Supplier;

/**
 * What every unit of database work passes through: a transaction, or one statement outside a
 * transaction. Work inside a transaction is already guarded as part of it.
 */
public interface DatabaseGuard {

  /** Work that changes nothing, so that a failed attempt may safely be made again. */
  <T> T read(Supplier<T> work);

  /** Work that may change data: attempted once. */
  <T> T write(Supplier<T> work);

  /** No guard: every call reaches the pool (the migrate command; measuring the guard's cost). */
  static DatabaseGuard none() {
    return Unguarded.INSTANCE;
  }

  /**
   * A circuit breaker that stops calling a database that keeps failing, a bulkhead that keeps
   * concurrent work within the pool, and a retry policy for reads. The breaker counts only
   * failures that say the database is unavailable; an open breaker or a full bulkhead is reported
   * as an unavailable database, without calling it.
   */
  static DatabaseGuard of(CircuitBreaker breaker, Bulkhead bulkhead, Retry readRetry) {
    return new ResilientDatabaseGuard(breaker, bulkhead, readRetry);
  }

  /** Calls straight through. */
  enum Unguarded implements DatabaseGuard {
    INSTANCE;

    @Override
    public <T> T read(Supplier<T> work) {
      return work.get();
    }

    @Override
    public <T> T write(Supplier<T> work) {
      return work.get();
    }
  }
}
