package com.example.orders.adapters.http.auth.introspection;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The in-process twin of {@link RedisIntrospectionCache}: the same contract in one process's
 * memory, bounded, for demo mode and for a single instance without Redis. Other instances do
 * not see its entries.
 */
public final class InMemoryIntrospectionCache implements IntrospectionCache {

  static final int CAPACITY = 100_000;

  private final Cache<String, Stored> entries;

  public InMemoryIntrospectionCache() {
    this(Clock.systemUTC());
  }

  InMemoryIntrospectionCache(Clock clock) {
    this.entries = Caffeine.newBuilder()
        .maximumSize(CAPACITY)
        .expireAfter(Expiry.creating((String key, Stored stored) -> stored.ttl()))
        .ticker(() -> clock.millis() * 1_000_000)
        .build();
  }

  @Override
  public Optional<IntrospectedToken> find(String tokenHash) {
    return Optional.ofNullable(entries.getIfPresent(tokenHash)).map(Stored::token);
  }

  @Override
  public void store(String tokenHash, IntrospectedToken token, Duration ttl) {
    entries.put(tokenHash, new Stored(token, ttl));
  }

  private record Stored(IntrospectedToken token, Duration ttl) {}
}
