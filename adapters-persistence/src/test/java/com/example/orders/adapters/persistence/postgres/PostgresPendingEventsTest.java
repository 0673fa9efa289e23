package com.example.orders.adapters.persistence.postgres;

import com.example.orders.adapters.persistence.contract.PendingEventsContract;
import com.example.orders.adapters.persistence.contract.StorageUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL adapter passes the {@code PendingEvents} contract, on its own database. */
class PostgresPendingEventsTest extends PendingEventsContract {

  @RegisterExtension
  static final PostgresStorage storage = new PostgresStorage();

  @Override
  protected StorageUnderTest storage() {
    return storage;
  }
}
