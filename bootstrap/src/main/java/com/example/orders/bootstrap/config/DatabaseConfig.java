package com.example.orders.bootstrap.config;

import com.example.orders.adapters.persistence.postgres.PostgresSettings;
import java.util.Objects;

/**
 * PostgreSQL: the adapter's settings, and whether {@code serve} migrates the schema first.
 *
 * @param postgres how to reach the database and how large a pool to keep
 * @param migrateOnStart whether {@code serve} applies pending migrations before it listens
 */
public record DatabaseConfig(PostgresSettings postgres, boolean migrateOnStart) {

  public DatabaseConfig {
    Objects.requireNonNull(postgres, "postgres");
  }
}
