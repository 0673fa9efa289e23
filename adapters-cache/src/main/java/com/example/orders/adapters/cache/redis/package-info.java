/**
 * The order cache on Redis (Jedis {@code RedisClient}): entries shared by every instance, a near
 * cache in each, invalidation over pub/sub, every call behind a circuit breaker and a timeout.
 */
package com.example.orders.adapters.cache.redis;
