package com.example.orders.adapters.cache.memory;

import com.example.orders.application.port.ExpiringCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The in-process twin of {@link com.example.orders.adapters.cache.redis.RedisExpiringCache}: the
 * same contract in one process's memory, bounded, for demo mode and a single instance without
 * Redis. Other instances do not see its entries.
 */
public final class InMemoryExpiringCache implements ExpiringCache {

  public static final int DEFAULT_CAPACITY = 100_000;

  private final Cache<String, Stored> entries;

  public InMemoryExpiringCache() {
    this(DEFAULT_CAPACITY, Clock.systemUTC());
  }

  /** A cache of at most {@code capacity} entries whose lifetimes pass by {@code clock}. */
  public InMemoryExpiringCache(int capacity, Clock clock) {
    this.entries = Caffeine.newBuilder()
        .maximumSize(capacity)
        .expireAfter(Expiry.creating((String key, Stored stored) -> stored.ttl()))
        .ticker(() -> clock.millis() * 1_000_000)
        // upkeep on the reading thread, not handed to the common pool: a thread woken per drain
        .executor(Runnable::run)
        .build();
  }

  @Override
  public Optional<String> find(String key) {
    return Optional.ofNullable(entries.getIfPresent(key)).map(Stored::value);
  }

  @Override
  public void put(String key, String value, Duration ttl) {
    entries.put(key, new Stored(value, ttl));
  }

  private record Stored(String value, Duration ttl) {}
}
