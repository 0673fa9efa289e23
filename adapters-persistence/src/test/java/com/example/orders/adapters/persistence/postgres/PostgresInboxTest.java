package com.example.orders.adapters.persistence.postgres;

import com.example.orders.adapters.persistence.contract.InboxContract;
import com.example.orders.adapters.persistence.contract.StorageUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL adapter passes the {@code Inbox} contract, on its own database. */
class PostgresInboxTest extends InboxContract {

  @RegisterExtension
  static final PostgresStorage storage = new PostgresStorage();

  @Override
  protected StorageUnderTest storage() {
    return storage;
  }
}
