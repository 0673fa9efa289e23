package com.example.orders.bootstrap.observability;

import com.example.orders.adapters.cache.CacheStatistics;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * Counters of the order read cache, read from it at scrape time: {@code
 * orders_cache_reads_total{result="hit"|"miss"}} and {@code orders_cache_errors_total} (Redis calls
 * that failed or that the open breaker skipped; each of those reads went to the database).
 */
public final class CacheMetrics {

  private CacheMetrics() {}

  public static void register(CacheStatistics statistics, PrometheusRegistry registry) {
    CounterWithCallback.builder()
        .name("orders_cache_reads_total")
        .help("Order reads by whether the cache answered them")
        .labelNames("result")
        .callback(callback -> {
          callback.call(statistics.hits(), "hit");
          callback.call(statistics.misses(), "miss");
        })
        .register(registry);
    CounterWithCallback.builder()
        .name("orders_cache_errors_total")
        .help("Calls to the shared cache that failed or were skipped by its open circuit breaker")
        .callback(callback -> callback.call(statistics.errors()))
        .register(registry);
  }
}
