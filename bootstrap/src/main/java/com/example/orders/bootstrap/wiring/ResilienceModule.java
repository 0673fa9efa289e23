package com.example.orders.bootstrap.wiring;

import com.example.orders.bootstrap.config.Config;
import com.example.orders.bootstrap.config.ResilienceVariables;
import com.example.orders.bootstrap.resilience.DependencyGuards;
import com.example.orders.bootstrap.resilience.GuardEvents;
import dagger.Module;
import dagger.Provides;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.inject.Singleton;

/** The guards every adapter's outbound calls pass through, one set per dependency. */
@Module
public final class ResilienceModule {

  private ResilienceModule() {}

  @Provides
  @Singleton
  static DependencyGuards guards(Config config, PrometheusRegistry registry) {
    return new DependencyGuards(
        config.get(ResilienceVariables.RESILIENCE), new GuardEvents(registry));
  }
}
