package com.example.orders.bootstrap.wiring;

import com.example.orders.adapters.persistence.memory.InMemoryOrders;
import com.example.orders.adapters.persistence.memory.InMemoryOutbox;
import com.example.orders.adapters.persistence.memory.InMemoryStore;
import com.example.orders.adapters.persistence.memory.InMemoryTransactionRunner;
import com.example.orders.adapters.persistence.postgres.JdbiTransactionRunner;
import com.example.orders.adapters.persistence.postgres.PostgresDatabase;
import com.example.orders.adapters.persistence.postgres.PostgresOrders;
import com.example.orders.adapters.persistence.postgres.PostgresOutbox;
import com.example.orders.application.port.Orders;
import com.example.orders.application.port.Outbox;
import com.example.orders.application.port.TransactionRunner;
import com.example.orders.bootstrap.config.Config;
import com.example.orders.bootstrap.config.DatabaseVariables;
import com.example.orders.bootstrap.observability.HealthCheck;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/** Storage: PostgreSQL when {@code DATABASE_URL} is set, otherwise the in-memory twin. */
@Module
public final class PersistenceModule {

  /** Readiness probes time out after 2 s by default in Kubernetes: answer well before. */
  static final Duration HEALTH_CHECK_TIMEOUT = Duration.ofSeconds(1);

  private PersistenceModule() {}

  @Provides
  @Singleton
  static Optional<PostgresDatabase> database(Config config) {
    return config.get(DatabaseVariables.DATABASE)
        .map(database -> PostgresDatabase.connect(database.postgres()));
  }

  @Provides
  @Singleton
  static Storage storage(Optional<PostgresDatabase> database) {
    return database
        .map(postgres -> new Storage(new PostgresOrders(postgres), new PostgresOutbox(postgres),
            new JdbiTransactionRunner(postgres)))
        .orElseGet(() -> {
          InMemoryStore store = new InMemoryStore();
          return new Storage(new InMemoryOrders(store), new InMemoryOutbox(store),
              new InMemoryTransactionRunner(store));
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

  /** The database is the one dependency without which no request can be served. */
  @Provides
  @IntoSet
  static HealthCheck databaseCheck(Optional<PostgresDatabase> database) {
    return database
        .map(postgres ->
            new HealthCheck("database", () -> postgres.isHealthy(HEALTH_CHECK_TIMEOUT)))
        // the in-memory store lives in this process: it is up whenever the process is
        .orElseGet(() -> new HealthCheck("database", () -> true));
  }
}
