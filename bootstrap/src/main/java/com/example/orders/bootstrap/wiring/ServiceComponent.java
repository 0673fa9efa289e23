package com.example.orders.bootstrap.wiring;

import com.example.orders.adapters.cache.ratelimit.RedisRateLimiter;
import com.example.orders.adapters.cache.redis.RedisOrderCache;
import com.example.orders.adapters.http.HttpServer;
import com.example.orders.adapters.cache.redis.RedisExpiringCache;
import com.example.orders.adapters.persistence.postgres.PostgresDatabase;
import com.example.orders.bootstrap.audit.AuditWork;
import com.example.orders.bootstrap.chores.Periodic;
import com.example.orders.bootstrap.config.Config;
import com.example.orders.bootstrap.demo.DemoTokenIssuer;
import com.example.orders.bootstrap.observability.HealthMonitor;
import com.example.orders.bootstrap.observability.Lifecycle;
import com.example.orders.bootstrap.events.BackgroundWork;
import dagger.BindsInstance;
import io.opentelemetry.api.OpenTelemetry;
import dagger.Component;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;

/**
 * The service's object graph for one configuration. Each accessor creates its part on first
 * call, so the caller decides the order in which resources (pool, server) come to life.
 */
@Singleton
@Component(modules = {
    ApplicationModule.class,
    AuditModule.class,
    PersistenceModule.class,
    CacheModule.class,
    HttpModule.class,
    IntrospectionModule.class,
    LoggingModule.class,
    MessagingModule.class,
    NotificationsModule.class,
    TasksModule.class,
    ExportsModule.class,
    ObservabilityModule.class,
    RateLimitModule.class,
    ResilienceModule.class})
public interface ServiceComponent {

  /**
   * @param telemetry where spans go: the SDK built from the {@code OTEL_*} variables, a test's
   *     in-memory exporter, or {@link OpenTelemetry#noop()} when tracing is off
   */
  static ServiceComponent of(Config config, OpenTelemetry telemetry) {
    return DaggerServiceComponent.builder().config(config).telemetry(telemetry).build();
  }

  Lifecycle lifecycle();

  HealthMonitor healthMonitor();

  /** The PostgreSQL pool; empty when the configuration asks for in-memory storage. */
  Optional<PostgresDatabase> database();

  HttpServer httpServer();

  /** The relay and the consumers; empty when the process only serves the API. */
  Optional<BackgroundWork> backgroundWork();

  /** The chores every process runs on a schedule, e.g. purges; a feature adds its own. */
  Set<Periodic> chores();

  /** The writer of security events and the audit retention purge. */
  AuditWork auditWork();

  /** The Redis cache; empty when {@code REDIS_URL} is unset. */
  Optional<RedisOrderCache> redisCache();

  /** The Redis rate limiter; empty when {@code REDIS_URL} is unset or limits are off. */
  Optional<RedisRateLimiter> redisRateLimiter();

  /** The Redis cache of token introspections; empty unless introspecting with {@code REDIS_URL}. */
  Optional<RedisExpiringCache> introspectionCache();

  /** The built-in token issuer; empty when a real issuer is configured. */
  Optional<DemoTokenIssuer> demoTokenIssuer();

  /** Builds the graph from the configuration it is given. */
  @Component.Builder
  interface Builder {

    @BindsInstance
    Builder config(Config config);

    @BindsInstance
    Builder telemetry(OpenTelemetry telemetry);

    ServiceComponent build();
  }
}
