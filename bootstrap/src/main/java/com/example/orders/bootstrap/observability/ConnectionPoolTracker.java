package com.example.orders.bootstrap.observability;

import com.zaxxer.hikari.metrics.IMetricsTracker;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import com.zaxxer.hikari.metrics.PoolStats;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;

/**
 * What only the pool itself sees, as Hikari reports it to its metrics tracker: {@code
 * hikaricp_connection_timeout_total} (requests that waited the whole connection time-out and got
 * no connection) and {@code hikaricp_connections_acquire_seconds} (how long getting one took, or
 * waiting until the time-out: Hikari times failed attempts too).
 * The gauges (active, idle, pending) are read from the pool at scrape time instead.
 */
final class ConnectionPoolTracker implements MetricsTrackerFactory {

  /** From 10 µs (an idle connection handed over) to the 30 s default connection time-out. */
  private static final double[] ACQUIRE_BUCKETS_SECONDS =
      {0.00001, 0.0001, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30};

  private final Counter timeouts;
  private final Histogram acquisitions;

  ConnectionPoolTracker(PrometheusRegistry registry) {
    this.timeouts = Counter.builder()
        .name("hikaricp_connection_timeout_total")
        .help("Requests for a connection that timed out waiting for one")
        .labelNames("pool")
        .register(registry);
    this.acquisitions = Histogram.builder()
        .name("hikaricp_connections_acquire_seconds")
        .unit(Unit.SECONDS)
        .help("Time taken to get a connection from the pool")
        .labelNames("pool")
        .classicOnly()
        .classicUpperBounds(ACQUIRE_BUCKETS_SECONDS)
        .withoutExemplars()
        .register(registry);
  }

  @Override
  public IMetricsTracker create(String poolName, PoolStats poolStats) {
    // the children exist from the start, so a pool that never timed out shows 0, not nothing
    CounterDataPoint poolTimeouts = timeouts.labelValues(poolName);
    DistributionDataPoint poolAcquisitions = acquisitions.labelValues(poolName);
    return new IMetricsTracker() {
      @Override
      public void recordConnectionAcquiredNanos(long elapsedAcquiredNanos) {
        poolAcquisitions.observe(Unit.nanosToSeconds(elapsedAcquiredNanos));
      }

      @Override
      public void recordConnectionTimeout() {
        poolTimeouts.inc();
      }
    };
  }
}
