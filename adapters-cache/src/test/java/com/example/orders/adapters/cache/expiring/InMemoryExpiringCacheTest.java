package com.example.orders.adapters.cache.expiring;

import com.example.orders.adapters.cache.contract.ExpiringCacheContract;
import com.example.orders.adapters.cache.memory.InMemoryExpiringCache;
import com.example.orders.application.port.ExpiringCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

class InMemoryExpiringCacheTest extends ExpiringCacheContract {

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-12-02T12:00:00Z"));
  private final InMemoryExpiringCache cache = new InMemoryExpiringCache(100, new Clock() {
    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  });

  @Override
  protected ExpiringCache cache() {
    return cache;
  }

  @Override
  protected void elapse(Duration time) {
    now.updateAndGet(instant -> instant.plus(time));
  }
}
