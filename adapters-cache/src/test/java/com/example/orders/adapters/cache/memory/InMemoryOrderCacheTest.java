package com.example.orders.adapters.cache.memory;

import com.example.orders.adapters.cache.CacheSettings;
import com.example.orders.adapters.cache.contract.OrderCacheContract;
import com.example.orders.application.port.OrderCache;

class InMemoryOrderCacheTest extends OrderCacheContract {

  @Override
  protected OrderCache newCache(CacheSettings settings) {
    return new InMemoryOrderCache(settings);
  }
}
