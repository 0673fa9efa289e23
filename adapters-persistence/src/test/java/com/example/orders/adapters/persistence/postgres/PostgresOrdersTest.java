package com.example.orders.adapters.persistence.postgres;

import com.example.orders.adapters.persistence.contract.OrdersContract;
import com.example.orders.adapters.persistence.contract.StorageUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL adapter passes the {@code Orders} contract, on its own database. */
class PostgresOrdersTest extends OrdersContract {

  @RegisterExtension
  static final PostgresStorage storage = new PostgresStorage();

  @Override
  protected StorageUnderTest storage() {
    return storage;
  }
}
