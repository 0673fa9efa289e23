/**
 * The {@code RateLimiter} port on Bucket4j token buckets: {@link
 * com.example.orders.adapters.cache.ratelimit.InMemoryRateLimiter} keeps them in this process (demo
 * mode, and the fallback); {@link com.example.orders.adapters.cache.ratelimit.RedisRateLimiter}
 * keeps them in Redis, one budget for every instance, and falls back to in-process buckets while
 * Redis is down or slow. See {@code docs/adr/0029-distributed-rate-limiting.md}.
 */
package com.example.orders.adapters.cache.ratelimit;
