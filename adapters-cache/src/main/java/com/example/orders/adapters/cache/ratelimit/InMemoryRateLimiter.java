package com.example.orders.adapters.cache.ratelimit;

import com.example.orders.application.port.RateLimit;
import com.example.orders.application.port.RateLimitDecision;
import com.example.orders.application.port.RateLimiter;
import io.github.bucket4j.Bucket;

/**
 * Token buckets in this process only: the limiter of demo mode (one instance), and what {@link
 * RedisRateLimiter} falls back to while Redis is unavailable. Every decision says it is not
 * {@linkplain RateLimitDecision#shared() shared}.
 */
public final class InMemoryRateLimiter implements RateLimiter {

  /** Buckets kept at most: about 200 bytes each, so some 20 MB when full. */
  public static final long DEFAULT_MAX_BUCKETS = 100_000;

  private final KeyedBuckets<Bucket> buckets;

  public InMemoryRateLimiter() {
    this(DEFAULT_MAX_BUCKETS);
  }

  public InMemoryRateLimiter(long maxBuckets) {
    this.buckets = new KeyedBuckets<>(maxBuckets);
  }

  @Override
  public RateLimitDecision tryAcquire(String key, RateLimit limit) {
    Bucket bucket = buckets.get(key, limit,
        (name, shape) -> Bucket.builder().addLimit(Buckets.configuration(shape).getBandwidths()[0]).build());
    return Buckets.decision(bucket.tryConsumeAndReturnRemaining(1), false);
  }
}
