package com.example.orders.bootstrap.observability;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.function.ToIntFunction;

/**
 * Gauges of the database connection pool, under the names HikariCP dashboards expect
 * ({@code hikaricp_connections_active}, {@code _idle}, {@code _pending}, {@code _max}), read
 * from the pool at scrape time; time-outs and acquisition times come from the pool's metrics
 * tracker ({@link ConnectionPoolTracker}).
 */
public final class ConnectionPoolMetrics {

  private ConnectionPoolMetrics() {}

  public static void register(HikariDataSource pool, PrometheusRegistry registry) {
    gauge(registry, pool, "hikaricp_connections_active", "Connections in use",
        HikariPoolMXBean::getActiveConnections);
    gauge(registry, pool, "hikaricp_connections_idle", "Connections open and unused",
        HikariPoolMXBean::getIdleConnections);
    gauge(registry, pool, "hikaricp_connections_pending", "Threads waiting for a connection",
        HikariPoolMXBean::getThreadsAwaitingConnection);
    GaugeWithCallback.builder()
        .name("hikaricp_connections_max")
        .help("The most connections the pool holds")
        .labelNames("pool")
        .callback(callback -> callback.call(pool.getMaximumPoolSize(), pool.getPoolName()))
        .register(registry);
    // Hikari lets a running pool take its tracker once; nothing else in the service sets one
    pool.setMetricsTrackerFactory(new ConnectionPoolTracker(registry));
  }

  private static void gauge(PrometheusRegistry registry, HikariDataSource pool, String name,
      String help, ToIntFunction<HikariPoolMXBean> reading) {
    GaugeWithCallback.builder()
        .name(name)
        .help(help)
        .labelNames("pool")
        .callback(callback -> {
          // null until the pool has started and after it is closed: report nothing then
          HikariPoolMXBean statistics = pool.getHikariPoolMXBean();
          if (statistics != null) {
            callback.call(reading.applyAsInt(statistics), pool.getPoolName());
          }
        })
        .register(registry);
  }
}
