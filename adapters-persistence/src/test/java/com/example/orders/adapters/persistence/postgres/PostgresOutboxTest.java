package com.example.orders.adapters.persistence.postgres;

import com.example.orders.adapters.persistence.contract.OutboxContract;
import com.example.orders.adapters.persistence.contract.StorageUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL adapter passes the {@code Outbox} contract, on its own database. */
class PostgresOutboxTest extends OutboxContract {

  @RegisterExtension
  static final PostgresStorage storage = new PostgresStorage();

  @Override
  protected StorageUnderTest storage() {
    return storage;
  }
}
