package com.example.orders.bootstrap;

import com.example.orders.adapters.cache.ratelimit.RedisRateLimiter;
import com.example.orders.adapters.cache.redis.RedisOrderCache;
import com.example.orders.adapters.cache.redis.RedisExpiringCache;
import com.example.orders.adapters.http.HttpServer;
import com.example.orders.adapters.persistence.postgres.PostgresDatabase;
import com.example.orders.bootstrap.audit.AuditWork;
import com.example.orders.bootstrap.chores.Periodic;
import com.example.orders.bootstrap.config.AuthVariables;
import com.example.orders.bootstrap.config.IntrospectionVariables;
import com.example.orders.bootstrap.config.Config;
import com.example.orders.bootstrap.config.DatabaseConfig;
import com.example.orders.bootstrap.config.DatabaseVariables;
import com.example.orders.bootstrap.config.MessagingVariables;
import com.example.orders.bootstrap.config.RedisVariables;
import com.example.orders.bootstrap.config.ShutdownVariables;
import com.example.orders.bootstrap.config.TracingVariables;
import com.example.orders.bootstrap.demo.DemoModeAnnouncement;
import com.example.orders.bootstrap.demo.DemoTokenIssuer;
import com.example.orders.bootstrap.observability.HealthMonitor;
import com.example.orders.bootstrap.observability.Lifecycle;
import com.example.orders.bootstrap.observability.Telemetry;
import com.example.orders.bootstrap.wiring.ServiceComponent;
import com.example.orders.bootstrap.events.BackgroundWork;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running orders service. {@link #start} brings it up in dependency order (the tracing SDK,
 * database pool and migrations, the cache, then the HTTP server); {@link #close} takes it down in
 * reverse, gracefully.
 */
public final class OrdersService implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(OrdersService.class);

  private final Config config;
  private final Lifecycle lifecycle;
  private final HealthMonitor health;
  private final HttpServer server;
  private final Optional<PostgresDatabase> database;
  private final Optional<BackgroundWork> backgroundWork;
  private final Optional<RedisOrderCache> cache;
  private final Optional<RedisRateLimiter> rateLimiter;
  private final Optional<RedisExpiringCache> introspectionCache;
  private final Set<Periodic> chores;
  private final AuditWork audit;
  private final Optional<DemoTokenIssuer> demoTokenIssuer;
  /** The SDK this service built from its configuration, shut down last; none when given one. */
  private final Optional<OpenTelemetrySdk> ownTelemetry;
  private final CountDownLatch closed = new CountDownLatch(1);
  private boolean closing;

  private OrdersService(
      Config config, ServiceComponent component, Optional<OpenTelemetrySdk> ownTelemetry) {
    this.config = config;
    this.ownTelemetry = ownTelemetry;
    this.lifecycle = component.lifecycle();
    this.health = component.healthMonitor();
    this.server = component.httpServer();
    this.database = component.database();
    this.backgroundWork = component.backgroundWork();
    this.cache = component.redisCache();
    this.rateLimiter = component.redisRateLimiter();
    this.introspectionCache = component.introspectionCache();
    this.chores = component.chores();
    this.audit = component.auditWork();
    this.demoTokenIssuer = component.demoTokenIssuer();
  }

  /**
   * Starts the service and returns once it is ready for traffic.
   *
   * @throws RuntimeException when a part cannot start (migrations fail, the port is taken...);
   *     whatever had started is stopped again
   */
  public static OrdersService start(Config config) {
    long startNanos = System.nanoTime();
    // tracing off (no endpoint, no sampler): the no-op telemetry, which costs nothing
    Optional<OpenTelemetrySdk> sdk =
        Telemetry.build(config.get(TracingVariables.TRACING), config.environment());
    try {
      return start(config, sdk.<OpenTelemetry>map(built -> built).orElse(OpenTelemetry.noop()),
          sdk, startNanos);
    } catch (RuntimeException failure) {
      sdk.ifPresent(Telemetry::shutdown);
      throw failure;
    }
  }

  /**
   * Starts the service with the given telemetry, e.g. a test's SDK with an in-memory exporter,
   * whatever the {@code OTEL_*} variables say; the caller owns it and shuts it down after
   * {@link #close()}.
   *
   * @see #start(Config)
   */
  public static OrdersService start(Config config, OpenTelemetry telemetry) {
    return start(config, telemetry, Optional.empty(), System.nanoTime());
  }

  private static OrdersService start(Config config, OpenTelemetry telemetry,
      Optional<OpenTelemetrySdk> ownTelemetry, long startNanos) {
    ServiceComponent component = ServiceComponent.of(config, telemetry);
    Optional<PostgresDatabase> database = component.database();
    boolean migrate = config.get(DatabaseVariables.DATABASE).map(DatabaseConfig::migrateOnStart).orElse(false);
    Optional<FutureTask<Void>> migration = Optional.empty();
    Optional<OrdersService> assembled = Optional.empty();
    try {
      // Migrations and the role check wait on the database while the HTTP side is assembled
      // (class loading, on the CPU); the server listens only once they are done, so no request
      // meets an old schema or runs as a role that row-level security does not bind.
      migration = database.map(postgres -> prepareInBackground(postgres, migrate, config));
      OrdersService service = new OrdersService(config, component, ownTelemetry);
      assembled = Optional.of(service);
      migration.ifPresent(OrdersService::awaitSuccess);
      service.health.start();
      service.chores.forEach(Periodic::start);
      service.backgroundWork.ifPresent(BackgroundWork::start);
      service.audit.start();
      service.server.start();
      service.lifecycle.markServing();
      log.atInfo()
          .addKeyValue("port", service.port())
          .addKeyValue("environment", config.environment().variableValue())
          .addKeyValue("storage", database.isPresent() ? "postgresql" : "in-memory")
          .addKeyValue("auth", config.get(IntrospectionVariables.INTROSPECTION).isPresent()
              ? "introspection" : config.get(AuthVariables.AUTH).isPresent() ? "issuer" : "demo-issuer")
          .addKeyValue("runMode", config.get(MessagingVariables.MESSAGING).runMode().variableValue())
          .addKeyValue("broker",
              config.get(MessagingVariables.MESSAGING).rabbit().isPresent() ? "rabbitmq" : "in-process")
          .addKeyValue("cache", config.get(RedisVariables.REDIS).isPresent() ? "redis"
              : database.isPresent() ? "none" : "in-process")
          .addKeyValue("tracing", Telemetry.traces(telemetry) ? "on" : "off")
          .addKeyValue("startupMillis", Duration.ofNanos(System.nanoTime() - startNanos).toMillis())
          .addKeyValue("jvmUptimeMillis", ManagementFactory.getRuntimeMXBean().getUptime())
          .log("orders service started");
      DemoModeAnnouncement.announce(config, service.port(), service.demoTokenIssuer);
      return service;
    } catch (RuntimeException failure) {
      migration.ifPresent(task -> task.cancel(true));
      assembled.ifPresent(service -> {
        service.chores.forEach(Periodic::close);
        service.server.stop();
        service.audit.close();
        service.health.close();
        service.backgroundWork.ifPresent(BackgroundWork::close);
      });
      component.redisCache().ifPresent(RedisOrderCache::close);
      component.redisRateLimiter().ifPresent(RedisRateLimiter::close);
      component.introspectionCache().ifPresent(RedisExpiringCache::close);
      database.ifPresent(PostgresDatabase::close);
      throw failure;
    }
  }

  /**
   * Applies pending migrations (when asked to) and checks the service's role, on a thread of
   * their own; the task tells how that went.
   */
  private static FutureTask<Void> prepareInBackground(
      PostgresDatabase database, boolean migrate, Config config) {
    FutureTask<Void> migration = new FutureTask<>(() -> {
      if (migrate) {
        database.migrate();
      }
      DatabaseRoleCheck.verify(database, config.environment());
    }, null);
    Thread.ofPlatform().name("orders-migration").start(migration);
    return migration;
  }

  private static void awaitSuccess(FutureTask<Void> migration) {
    try {
      migration.get();
    } catch (ExecutionException failed) {
      if (failed.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException("database migration failed", failed.getCause());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while migrating the database", interrupted);
    }
  }

  /** The port the HTTP server listens on (the chosen one when configured as 0). */
  public int port() {
    return server.port();
  }

  /** The built-in token issuer in demo mode, e.g. for tests to make tokens of other tenants. */
  public Optional<DemoTokenIssuer> demoTokenIssuer() {
    return demoTokenIssuer;
  }

  /** Blocks until {@link #close()} has finished. */
  public void awaitClosed() throws InterruptedException {
    closed.await();
  }

  /**
   * Stops gracefully: readiness goes DOWN, the server keeps serving for the grace period (so
   * load balancers stop sending traffic first), then stops accepting and lets in-flight requests
   * finish within the drain timeout, then the pool closes. A second call waits for the first.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (closing) {
        awaitClosedUninterruptibly();
        return;
      }
      closing = true;
    }
    long stopNanos = System.nanoTime();
    try {
      lifecycle.markStopping();
      Duration grace = config.get(ShutdownVariables.SHUTDOWN).gracePeriod();
      log.atInfo().addKeyValue("gracePeriodMillis", grace.toMillis())
          .log("orders service stopping: readiness is DOWN");
      pauseFor(grace);
      try {
        chores.forEach(Periodic::close);
        try {
          server.stop();
        } finally {
          // no request runs any more: the writer drains the security events still queued
          audit.close();
          // no request runs any more, so no event is appended: the relay drains what is pending
          backgroundWork.ifPresent(BackgroundWork::close);
        }
      } finally {
        health.close();
        cache.ifPresent(RedisOrderCache::close);
        rateLimiter.ifPresent(RedisRateLimiter::close);
        introspectionCache.ifPresent(RedisExpiringCache::close);
        database.ifPresent(PostgresDatabase::close);
        // last: every span has ended by now, and what is queued leaves (or is given up on)
        ownTelemetry.ifPresent(Telemetry::shutdown);
      }
      log.atInfo()
          .addKeyValue("shutdownMillis", Duration.ofNanos(System.nanoTime() - stopNanos).toMillis())
          .log("orders service stopped");
    } finally {
      closed.countDown();
    }
  }

  /** Waits out the grace period; an interrupt cuts it short, since stopping matters more. */
  private static void pauseFor(Duration grace) {
    try {
      Thread.sleep(grace);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitClosedUninterruptibly() {
    boolean interrupted = false;
    while (closed.getCount() > 0) {
      try {
        closed.await();
      } catch (InterruptedException again) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
