package com.example.orders.application.port;

/**
 * Budgets of calls, each a token bucket named by a key: a caller takes one permit per call and is
 * refused once the bucket is empty, until it refills. Budgets are shared by every instance of the
 * service where the implementation can share them; an implementation whose shared store is down
 * keeps enforcing the same limits in this process rather than letting every call through or
 * refusing them all, and says so ({@link RateLimitDecision#shared()}).
 */
public interface RateLimiter {

  /**
   * Takes one permit from the bucket {@code key}, made on first use as {@code limit} says.
   *
   * @param key which budget, e.g. one caller's for one group of routes; callers make keys distinct
   *     per limit, since a bucket keeps the shape it was made with until it expires
   */
  RateLimitDecision tryAcquire(String key, RateLimit limit);
}
