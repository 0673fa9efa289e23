package com.example.orders.application.port;

import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link RateLimiter} decided about one call.
 *
 * @param allowed whether the call took a permit and may go ahead
 * @param remaining permits left in the bucket after this call
 * @param untilFull how long until the bucket is full again (the quota "resets")
 * @param retryAfter when refused, how long until the next permit; zero when allowed
 * @param shared whether the budget is the one shared by every instance; false while the shared
 *     store is down and this process enforces the limit on its own
 */
public record RateLimitDecision(
    boolean allowed, long remaining, Duration untilFull, Duration retryAfter, boolean shared) {

  public RateLimitDecision {
    Objects.requireNonNull(untilFull, "untilFull");
    Objects.requireNonNull(retryAfter, "retryAfter");
  }
}
