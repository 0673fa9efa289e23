package com.example.orders.adapters.cache.ratelimit;

import java.util.concurrent.atomic.LongAdder;

/**
 * What a {@link RedisRateLimiter} did since it started, for the metrics endpoint: whether its
 * budgets are shared through Redis right now, how often it fell back to in-process buckets, and how
 * many decisions those buckets made.
 */
public final class RateLimiterStatistics {

  private final LongAdder fallbacks = new LongAdder();
  private final LongAdder localDecisions = new LongAdder();
  private volatile boolean shared = true;

  void fellBack() {
    shared = false;
    fallbacks.increment();
  }

  void recovered() {
    shared = true;
  }

  void decidedLocally() {
    localDecisions.increment();
  }

  /** Whether budgets are kept in Redis now; false while the in-process fallback decides. */
  public boolean shared() {
    return shared;
  }

  /** How many times the limiter went from Redis to its in-process fallback. */
  public long fallbacks() {
    return fallbacks.sum();
  }

  /** Decisions the in-process fallback made because Redis could not. */
  public long localDecisions() {
    return localDecisions.sum();
  }
}
