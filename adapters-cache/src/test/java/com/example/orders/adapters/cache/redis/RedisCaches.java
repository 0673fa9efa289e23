package com.example.orders.adapters.cache.redis;

import com.example.orders.adapters.cache.testing.TestRedis;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import redis.clients.jedis.RedisClient;

/** Helpers for tests of the Redis adapter. */
final class RedisCaches {

  private RedisCaches() {}

  /** Waits until the cache hears invalidations, as a service does before it gets traffic. */
  static void awaitSubscribed(RedisOrderCache cache) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!cache.available()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the cache did not subscribe to invalidations within 5 s");
      }
      Thread.onSpinWait();
    }
  }

  /** The test's order entries, generation counters left out. */
  static List<String> keys(TestRedis redis) {
    try (RedisClient client = RedisClient.create(redis.url())) {
      Set<String> keys = new TreeSet<>(client.keys(redis.keyPrefix() + ":*"));
      keys.removeIf(key -> key.endsWith(":gen"));
      return List.copyOf(keys);
    }
  }
}
