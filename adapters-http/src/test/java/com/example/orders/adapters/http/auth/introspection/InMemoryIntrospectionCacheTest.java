package com.example.orders.adapters.http.auth.introspection;

import java.time.Duration;
import java.time.Instant;

class InMemoryIntrospectionCacheTest extends IntrospectionCacheContract {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T12:00:00Z"));
  private final InMemoryIntrospectionCache cache = new InMemoryIntrospectionCache(clock);

  @Override
  IntrospectionCache cache() {
    return cache;
  }

  @Override
  void elapse(Duration time) {
    clock.advance(time);
  }
}
