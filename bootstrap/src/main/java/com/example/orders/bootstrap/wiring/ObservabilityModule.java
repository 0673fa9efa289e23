package com.example.orders.bootstrap.wiring;

import com.example.orders.adapters.http.OperationalEndpoint;
import com.example.orders.adapters.http.RequestObserver;
import com.example.orders.adapters.http.audit.SecurityEventObserver;
import com.example.orders.bootstrap.config.Config;
import com.example.orders.bootstrap.config.HealthVariables;
import com.example.orders.bootstrap.observability.HealthCheck;
import com.example.orders.bootstrap.observability.HealthMonitor;
import com.example.orders.bootstrap.observability.HttpRequestMetrics;
import com.example.orders.bootstrap.observability.LivenessEndpoint;
import com.example.orders.bootstrap.observability.MetricsEndpoint;
import com.example.orders.bootstrap.observability.ReadinessEndpoint;
import com.example.orders.bootstrap.observability.StartupEndpoint;
import com.example.orders.bootstrap.observability.VirtualThreadMetrics;
import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** Health endpoints and metrics: what the platform probes and scrapes. */
@Module
abstract class ObservabilityModule {

  private ObservabilityModule() {}

  /**
   * One registry per service instance rather than the global default, so that two services in
   * one JVM (tests) do not share or double-register metrics.
   */
  @Provides
  @Singleton
  static PrometheusRegistry registry() {
    PrometheusRegistry registry = new PrometheusRegistry();
    JvmMetrics.builder().register(registry);
    VirtualThreadMetrics.register(registry);
    return registry;
  }

  /** The checks run in the background; the health endpoints answer from their latest round. */
  @Provides
  @Singleton
  static HealthMonitor healthMonitor(Set<HealthCheck> checks, Config config, Clock clock) {
    return new HealthMonitor(List.copyOf(checks), config.get(HealthVariables.HEALTH), clock);
  }

  /** Metrics of every request, and the refused ones as security events (ADR 0031). */
  @Provides
  static RequestObserver requestObserver(HttpRequestMetrics metrics,
      SecurityEventObserver securityEvents) {
    return RequestObserver.both(metrics, securityEvents);
  }

  @Binds
  @IntoSet
  abstract OperationalEndpoint liveness(LivenessEndpoint endpoint);

  @Binds
  @IntoSet
  abstract OperationalEndpoint readiness(ReadinessEndpoint endpoint);

  @Binds
  @IntoSet
  abstract OperationalEndpoint startup(StartupEndpoint endpoint);

  @Binds
  @IntoSet
  abstract OperationalEndpoint metrics(MetricsEndpoint endpoint);
}
