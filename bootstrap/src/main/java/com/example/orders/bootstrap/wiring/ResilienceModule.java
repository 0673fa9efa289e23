package com.example.orders.bootstrap.wiring;

import com.example.orders.bootstrap.config.Config;
import com.example.orders.bootstrap.config.HealthVariables;
import com.example.orders.bootstrap.config.ResilienceVariables;
import com.example.orders.bootstrap.observability.HealthCheck;
import com.example.orders.bootstrap.observability.HealthMonitor;
import com.example.orders.bootstrap.resilience.DependencyGuards;
import com.example.orders.bootstrap.resilience.GuardEvents;
import dagger.Module;
import dagger.Provides;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * What keeps a failing dependency from taking the service down: the guards every adapter's
 * outbound calls pass through, and the background health checks the probes answer from.
 */
@Module
public final class ResilienceModule {

  private ResilienceModule() {}

  @Provides
  @Singleton
  static DependencyGuards guards(Config config, PrometheusRegistry registry) {
    return new DependencyGuards(
        config.get(ResilienceVariables.RESILIENCE), new GuardEvents(registry));
  }

  @Provides
  @Singleton
  static HealthMonitor healthMonitor(Set<HealthCheck> checks, Config config, Clock clock) {
    return new HealthMonitor(List.copyOf(checks), config.get(HealthVariables.HEALTH), clock);
  }
}
