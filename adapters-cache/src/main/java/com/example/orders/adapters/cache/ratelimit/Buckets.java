package com.example.orders.adapters.cache.ratelimit;

import com.example.orders.application.port.RateLimit;
import com.example.orders.application.port.RateLimitDecision;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/** How a {@link RateLimit} becomes a Bucket4j bucket, and a probe of one a decision. */
final class Buckets {

  private Buckets() {}

  /** Holds the whole quota, refilled evenly ("greedily") over the window. */
  static BucketConfiguration configuration(RateLimit limit) {
    return BucketConfiguration.builder()
        .addLimit(bandwidth -> bandwidth
            .capacity(limit.quota())
            .refillGreedy(limit.quota(), limit.window()))
        .build();
  }

  static RateLimitDecision decision(ConsumptionProbe probe, boolean shared) {
    return new RateLimitDecision(
        probe.isConsumed(),
        probe.getRemainingTokens(),
        Duration.ofNanos(probe.getNanosToWaitForReset()),
        probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill()),
        shared);
  }
}
