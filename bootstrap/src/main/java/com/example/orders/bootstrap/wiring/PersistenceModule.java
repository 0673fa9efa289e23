package com.example.orders.bootstrap.wiring;

import com.example.orders.adapters.persistence.memory.InMemoryAuditTrail;
import com.example.orders.adapters.persistence.memory.InMemoryInbox;
import com.example.orders.adapters.persistence.memory.InMemoryJobs;
import com.example.orders.adapters.persistence.memory.InMemoryIdempotencyKeys;
import com.example.orders.adapters.persistence.memory.InMemoryOrders;
import com.example.orders.adapters.persistence.memory.InMemoryOutbox;
import com.example.orders.adapters.persistence.memory.InMemoryPendingEvents;
import com.example.orders.adapters.persistence.memory.InMemoryStore;
import com.example.orders.adapters.persistence.memory.InMemoryTransactionRunner;
import com.example.orders.adapters.persistence.postgres.DatabaseGuard;
import com.example.orders.adapters.persistence.postgres.JdbiTransactionRunner;
import com.example.orders.adapters.persistence.postgres.PostgresDatabase;
import com.example.orders.adapters.persistence.postgres.PostgresAuditTrail;
import com.example.orders.adapters.persistence.postgres.PostgresInbox;
import com.example.orders.adapters.persistence.postgres.PostgresJobs;
import com.example.orders.adapters.persistence.postgres.PostgresIdempotencyKeys;
import com.example.orders.adapters.persistence.postgres.PostgresOrders;
import com.example.orders.adapters.persistence.postgres.PostgresOutbox;
import com.example.orders.adapters.persistence.postgres.PostgresPendingEvents;
import com.example.orders.adapters.persistence.postgres.PostgresSettings;
import com.example.orders.application.audit.AuditTrail;
import com.example.orders.application.port.Inbox;
import com.example.orders.application.job.Jobs;
import com.example.orders.application.port.IdempotencyKeys;
import com.example.orders.application.port.Orders;
import com.example.orders.application.port.Outbox;
import com.example.orders.application.port.PendingEvents;
import com.example.orders.application.port.TransactionRunner;
import com.example.orders.bootstrap.config.Config;
import com.example.orders.bootstrap.config.DatabaseVariables;
import com.example.orders.bootstrap.config.HealthVariables;
import com.example.orders.bootstrap.observability.ConnectionPoolMetrics;
import com.example.orders.bootstrap.observability.HealthCheck;
import com.example.orders.bootstrap.resilience.DependencyGuards;
import com.zaxxer.hikari.HikariDataSource;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.opentelemetry.api.OpenTelemetry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Storage: PostgreSQL when {@code DATABASE_URL} is set, otherwise the in-memory twin. */
@Module
public final class PersistenceModule {

  /** How breakers, metrics and readiness name the database. */
  static final String DATABASE = "database";

  private PersistenceModule() {}

  @Provides
  @Singleton
  static Optional<PostgresDatabase> database(
      Config config, DependencyGuards guards, PrometheusRegistry registry,
      OpenTelemetry telemetry) {
    return config.get(DatabaseVariables.DATABASE).map(database -> {
      PostgresSettings settings = database.postgres();
      PostgresDatabase postgres =
          PostgresDatabase.connect(settings, guard(settings, guards), telemetry);
      ConnectionPoolMetrics.register(pool(postgres), registry);
      return postgres;
    });
  }

  /**
   * Breaker, retries of reads, and a bulkhead as large as the pool, so that requests wait for a
   * place in the bulkhead (and are refused after the pool's own wait) rather than pile up on it.
   */
  private static DatabaseGuard guard(PostgresSettings settings, DependencyGuards guards) {
    if (!guards.enabled()) {
      return DatabaseGuard.none();
    }
    return DatabaseGuard.of(guards.breaker(DATABASE),
        guards.bulkhead(DATABASE, settings.maxPoolSize(), settings.connectionTimeout()),
        guards.retry(DATABASE));
  }

  @Provides
  @Singleton
  static Storage storage(Optional<PostgresDatabase> database, Clock clock) {
    return database
        .map(postgres -> new Storage(new PostgresOrders(postgres), new PostgresOutbox(postgres),
            new JdbiTransactionRunner(postgres), new PostgresPendingEvents(postgres),
            new PostgresInbox(postgres), new PostgresIdempotencyKeys(postgres),
            new PostgresJobs(postgres),
            new PostgresAuditTrail(postgres)))
        .orElseGet(() -> {
          InMemoryStore store = new InMemoryStore();
          return new Storage(new InMemoryOrders(store), new InMemoryOutbox(store),
              new InMemoryTransactionRunner(store), new InMemoryPendingEvents(store, clock),
              new InMemoryInbox(store, clock), new InMemoryIdempotencyKeys(store),
              new InMemoryJobs(store), new InMemoryAuditTrail(store));
        });
  }

  @Provides
  static Orders orders(Storage storage) {
    return storage.orders();
  }

  @Provides
  static Outbox outbox(Storage storage) {
    return storage.outbox();
  }

  @Provides
  static TransactionRunner transactions(Storage storage) {
    return storage.transactions();
  }

  @Provides
  static Inbox inbox(Storage storage) {
    return storage.inbox();
  }

  @Provides
  static PendingEvents pendingEvents(Storage storage) {
    return storage.pendingEvents();
  }

  @Provides
  static IdempotencyKeys idempotencyKeys(Storage storage) {
    return storage.idempotencyKeys();
  }

  @Provides
  static Jobs jobs(Storage storage) {
    return storage.jobs();
  }

  @Provides
  static AuditTrail auditTrail(Storage storage) {
    return storage.auditTrail();
  }

  /**
   * The database is the one dependency without which no request can be served. The probe goes
   * around the breaker on purpose: it is how readiness sees the database return while the
   * breaker still refuses calls.
   */
  @Provides
  @IntoSet
  static HealthCheck databaseCheck(Optional<PostgresDatabase> database, Config config) {
    Duration timeout = config.get(HealthVariables.HEALTH).timeout();
    return database
        .map(postgres -> HealthCheck.critical(DATABASE, () -> postgres.isHealthy(timeout)))
        // the in-memory store lives in this process: it is up whenever the process is
        .orElseGet(() -> HealthCheck.critical(DATABASE, () -> true));
  }

  private static HikariDataSource pool(PostgresDatabase database) {
    try {
      return database.dataSource().unwrap(HikariDataSource.class);
    } catch (SQLException notHikari) {
      throw new IllegalStateException("the database pool is expected to be HikariCP", notHikari);
    }
  }
}
