package com.example.orders.bootstrap.wiring;

import com.example.orders.adapters.cache.ratelimit.InMemoryRateLimiter;
import com.example.orders.adapters.cache.ratelimit.RedisRateLimiter;
import com.example.orders.adapters.cache.redis.RedisTracing;
import com.example.orders.adapters.http.ratelimit.RateLimitListener;
import com.example.orders.adapters.http.ratelimit.RateLimitSettings;
import com.example.orders.adapters.http.ratelimit.RateLimiting;
import com.example.orders.application.port.RateLimiter;
import com.example.orders.bootstrap.config.Config;
import com.example.orders.bootstrap.config.DatabaseVariables;
import com.example.orders.bootstrap.config.RateLimitVariables;
import com.example.orders.bootstrap.config.RedisVariables;
import com.example.orders.bootstrap.observability.HealthCheck;
import com.example.orders.bootstrap.observability.RateLimitMetrics;
import com.example.orders.bootstrap.resilience.DependencyGuards;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import dagger.multibindings.IntoSet;
import io.opentelemetry.api.OpenTelemetry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's rate limits (ADR 0029): budgets in Redis, shared by every instance, when {@code
 * REDIS_URL} is set; otherwise in this process (demo mode, or one instance). Refusals are counted
 * on {@code /metrics}; another feature hears of them by contributing a {@link RateLimitListener}
 * to the set.
 */
@Module
public final class RateLimitModule {

  private static final Logger log = LoggerFactory.getLogger(RateLimitModule.class);

  private RateLimitModule() {}

  @Provides
  static RateLimitSettings rateLimitSettings(Config config) {
    return config.get(RateLimitVariables.RATE_LIMITS);
  }

  /**
   * The Redis limiter, behind the {@code rate-limits} breaker (state changes logged once, states on
   * {@code /metrics} and in readiness); whether it shares budgets right now goes to {@code
   * /metrics} too.
   */
  @Provides
  @Singleton
  static Optional<RedisRateLimiter> redisRateLimiter(Config config, RateLimitSettings settings,
      DependencyGuards guards, PrometheusRegistry registry, OpenTelemetry telemetry) {
    Optional<RedisRateLimiter> limiter = config.get(RedisVariables.REDIS)
        .filter(redis -> settings.enabled())
        .map(redis -> new RedisRateLimiter(redis, guards.breaker(RedisRateLimiter.DEPENDENCY),
            RedisTracing.of(telemetry, redis)));
    limiter.ifPresent(redis -> RateLimitMetrics.register(redis.statistics(), registry));
    return limiter;
  }

  @Provides
  @Singleton
  static RateLimiter rateLimiter(Optional<RedisRateLimiter> redis, Config config,
      RateLimitSettings settings) {
    if (redis.isPresent()) {
      return redis.get();
    }
    if (settings.enabled() && config.get(DatabaseVariables.DATABASE).isPresent()) {
      log.warn("rate limits are kept in this process only (REDIS_URL is unset): every instance"
          + " allows the whole budget; set REDIS_URL to share one budget between instances");
    }
    return new InMemoryRateLimiter();
  }

  @Provides
  @IntoSet
  static RateLimitListener countedRejections(PrometheusRegistry registry) {
    return RateLimitMetrics.rejections(registry);
  }

  @Provides
  @Singleton
  static RateLimiting rateLimiting(RateLimiter limiter, RateLimitSettings settings,
      Set<RateLimitListener> listeners) {
    // sorted, so that listeners hear of refusals in the same order on every start
    RateLimitListener all = RateLimitListener.all(listeners.stream()
        .sorted(Comparator.comparing(listener -> listener.getClass().getName()))
        .toList());
    return new RateLimiting(limiter, settings, all);
  }

  /** Like the cache, a Redis outage degrades the service, never makes it unready. */
  @Provides
  @ElementsIntoSet
  static Set<HealthCheck> rateLimitCheck(Optional<RedisRateLimiter> redis) {
    return redis
        .map(limiter -> Set.of(HealthCheck.degradable(RedisRateLimiter.DEPENDENCY,
            limiter::available)))
        .orElseGet(Set::of);
  }
}
