package com.example.orders.adapters.cache;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts of what a cache did since it started, for the metrics endpoint: reads answered from it
 * (hits), reads that went to the source (misses), and calls to the cache's backing store that
 * failed or were not attempted because its circuit breaker was open (errors).
 */
public final class CacheStatistics {

  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private final LongAdder errors = new LongAdder();

  public void recordHit() {
    hits.increment();
  }

  public void recordMiss() {
    misses.increment();
  }

  public void recordError() {
    errors.increment();
  }

  public long hits() {
    return hits.sum();
  }

  public long misses() {
    return misses.sum();
  }

  public long errors() {
    return errors.sum();
  }
}
