package com.example.orders.adapters.persistence.postgres;

import com.example.orders.adapters.persistence.contract.IdempotencyKeysContract;
import com.example.orders.adapters.persistence.contract.StorageUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL adapter passes the {@code IdempotencyKeys} contract, on its own database. */
class PostgresIdempotencyKeysTest extends IdempotencyKeysContract {

  @RegisterExtension
  static final PostgresStorage storage = new PostgresStorage();

  @Override
  protected StorageUnderTest storage() {
    return storage;
  }
}
