package com.example.orders.bootstrap.observability;

import com.example.orders.adapters.cache.ratelimit.RateLimiterStatistics;
import com.example.orders.adapters.http.ratelimit.RateLimitListener;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The rate limits on {@code /metrics}: {@code http_rate_limited_requests_total{group, scope}}
 * (calls refused with {@code 429}), and for the Redis limiter {@code
 * orders_rate_limit_shared} (1 while budgets are kept in Redis, 0 while each instance keeps its
 * own), {@code orders_rate_limit_fallbacks_total} and {@code
 * orders_rate_limit_local_decisions_total}.
 */
public final class RateLimitMetrics {

  private RateLimitMetrics() {}

  /** A listener that counts every refusal by route group and scope. */
  public static RateLimitListener rejections(PrometheusRegistry registry) {
    Counter refused = Counter.builder()
        .name("http_rate_limited_requests_total")
        .help("API calls refused with 429 because a budget was used up")
        .labelNames("group", "scope")
        .register(registry);
    return rejection -> refused
        .labelValues(rejection.group().label(), rejection.scope().label())
        .inc();
  }

  public static void register(RateLimiterStatistics statistics, PrometheusRegistry registry) {
    GaugeWithCallback.builder()
        .name("orders_rate_limit_shared")
        .help("1 while rate-limit budgets are shared through Redis, 0 while this instance keeps"
            + " its own because Redis is unavailable")
        .callback(callback -> callback.call(statistics.shared() ? 1 : 0))
        .register(registry);
    CounterWithCallback.builder()
        .name("orders_rate_limit_fallbacks_total")
        .help("Times the rate limiter went from Redis to in-process budgets")
        .callback(callback -> callback.call(statistics.fallbacks()))
        .register(registry);
    CounterWithCallback.builder()
        .name("orders_rate_limit_local_decisions_total")
        .help("Rate-limit decisions made in process because Redis could not make them")
        .callback(callback -> callback.call(statistics.localDecisions()))
        .register(registry);
  }
}
