package com.example.orders.bootstrap.wiring;

import com.example.orders.adapters.http.OperationalEndpoint;
import com.example.orders.adapters.http.RequestObserver;
import com.example.orders.adapters.persistence.postgres.PostgresDatabase;
import com.example.orders.bootstrap.observability.ConnectionPoolMetrics;
import com.example.orders.bootstrap.observability.HttpRequestMetrics;
import com.example.orders.bootstrap.observability.LivenessEndpoint;
import com.example.orders.bootstrap.observability.MetricsEndpoint;
import com.example.orders.bootstrap.observability.ReadinessEndpoint;
import com.example.orders.bootstrap.observability.StartupEndpoint;
import com.zaxxer.hikari.HikariDataSource;
import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.Optional;

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
  static PrometheusRegistry registry(Optional<PostgresDatabase> database) {
    PrometheusRegistry registry = new PrometheusRegistry();
    JvmMetrics.builder().register(registry);
    database.ifPresent(postgres -> ConnectionPoolMetrics.register(pool(postgres), registry));
    return registry;
  }

  @Binds
  abstract RequestObserver requestObserver(HttpRequestMetrics metrics);

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

  private static HikariDataSource pool(PostgresDatabase database) {
    try {
      return database.dataSource().unwrap(HikariDataSource.class);
    } catch (SQLException notHikari) {
      throw new IllegalStateException("the database pool is expected to be HikariCP", notHikari);
    }
  }
}
