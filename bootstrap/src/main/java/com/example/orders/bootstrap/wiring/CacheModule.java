package com.example.orders.bootstrap.wiring;

import com.example.orders.adapters.cache.memory.InMemoryOrderCache;
import com.example.orders.adapters.cache.redis.RedisOrderCache;
import com.example.orders.adapters.cache.redis.RedisTracing;
import com.example.orders.application.port.OrderCache;
import com.example.orders.bootstrap.config.CacheVariables;
import com.example.orders.bootstrap.config.Config;
import com.example.orders.bootstrap.config.DatabaseVariables;
import com.example.orders.bootstrap.config.RedisVariables;
import com.example.orders.bootstrap.observability.CacheMetrics;
import com.example.orders.bootstrap.observability.HealthCheck;
import com.example.orders.bootstrap.resilience.DependencyGuards;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import io.opentelemetry.api.OpenTelemetry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;

/**
 * The order read cache: Redis when {@code REDIS_URL} is set; otherwise an in-process cache in
 * demo mode (one instance, in-memory storage) and no cache in front of PostgreSQL, where several
 * instances could not tell each other about changes.
 */
@Module
public final class CacheModule {

  private static final String DEPENDENCY = "cache";

  private CacheModule() {}

  /**
   * The Redis cache, behind the shared {@code cache} breaker (state changes logged once, states
   * on {@code /metrics} and in readiness, ADR 0021); its hit, miss and error counters go to
   * {@code /metrics} too.
   */
  @Provides
  @Singleton
  static Optional<RedisOrderCache> redisCache(
      Config config, DependencyGuards guards, PrometheusRegistry registry,
      OpenTelemetry telemetry) {
    Optional<RedisOrderCache> cache = config.get(RedisVariables.REDIS).map(redis ->
        new RedisOrderCache(redis, config.get(CacheVariables.CACHE), guards.breaker(DEPENDENCY),
            RedisTracing.of(telemetry, redis)));
    cache.ifPresent(redis -> CacheMetrics.register(redis.statistics(), registry));
    return cache;
  }

  @Provides
  @Singleton
  static Optional<InMemoryOrderCache> inMemoryCache(Config config, PrometheusRegistry registry) {
    if (config.get(RedisVariables.REDIS).isPresent()
        || config.get(DatabaseVariables.DATABASE).isPresent()) {
      return Optional.empty();
    }
    InMemoryOrderCache cache = new InMemoryOrderCache(config.get(CacheVariables.CACHE));
    CacheMetrics.register(cache.statistics(), registry);
    return Optional.of(cache);
  }

  @Provides
  static OrderCache orderCache(
      Optional<RedisOrderCache> redis, Optional<InMemoryOrderCache> inMemory) {
    return redis.<OrderCache>map(cache -> cache)
        .or(() -> inMemory.map(cache -> cache))
        .orElseGet(OrderCache::none);
  }

  /**
   * Redis is an optimisation: without it reads come from the database, so a Redis outage makes
   * the service degraded, never unready. An in-process cache has nothing to check.
   */
  @Provides
  @ElementsIntoSet
  static Set<HealthCheck> cacheCheck(Optional<RedisOrderCache> redis) {
    return redis
        .map(cache -> Set.of(HealthCheck.degradable(DEPENDENCY, cache::available)))
        .orElseGet(Set::of);
  }
}
