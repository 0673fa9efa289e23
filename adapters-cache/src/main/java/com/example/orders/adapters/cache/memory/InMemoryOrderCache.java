package com.example.orders.adapters.cache.memory;

import com.example.orders.adapters.cache.CacheSettings;
import com.example.orders.adapters.cache.CacheStatistics;
import com.example.orders.adapters.cache.CachedRead;
import com.example.orders.adapters.cache.LocalCache;
import com.example.orders.adapters.cache.OrderKeys;
import com.example.orders.application.port.OrderCache;
import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.shared.TenantId;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@link OrderCache} port in this process alone: bounded, with the same TTLs, key names and
 * stampede protection as the Redis adapter. Right for one instance (demo mode); with several,
 * an instance would not hear of another's changes.
 */
public final class InMemoryOrderCache implements OrderCache {

  private final CacheSettings settings;
  private final OrderKeys keys;
  private final LocalCache entries;
  private final CacheStatistics statistics = new CacheStatistics();

  public InMemoryOrderCache(CacheSettings settings) {
    this.settings = settings;
    this.keys = new OrderKeys("orders", 1);
    this.entries = new LocalCache(settings.maxEntries());
  }

  @Override
  public Optional<Order> find(TenantId tenant, OrderId id, Supplier<Optional<Order>> source) {
    return entries.find(keys.order(tenant, id), statistics, () -> {
      statistics.recordMiss();
      CachedRead read = CachedRead.of(source.get());
      return new LocalCache.Loaded(
          read, read.found() ? settings.jitteredTtl() : settings.negativeTtl());
    });
  }

  @Override
  public void evict(TenantId tenant, OrderId id) {
    entries.evict(keys.order(tenant, id));
  }

  public CacheStatistics statistics() {
    return statistics;
  }
}
