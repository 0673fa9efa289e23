package com.example.orders.adapters.persistence.postgres;

import com.example.orders.adapters.persistence.contract.OutboxContract;
import com.example.orders.adapters.persistence.contract.StorageUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The PostgreSQL adapter passes the {@code Outbox} contract, on its own database. */
class PostgresOutboxTest extends OutboxContract {

  private static PostgresStorage storage;

  @BeforeAll
  static void createDatabase() {
    storage = PostgresStorage.open();
  }

  @AfterAll
  static void dropDatabase() {
    storage.close();
  }

  @Override
  protected StorageUnderTest storage() {
    return storage;
  }
}
