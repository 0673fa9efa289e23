package com.example.orders.adapters.persistence.postgres;

import com.example.orders.adapters.persistence.contract.StorageUnderTest;
import com.example.orders.adapters.persistence.contract.TaskQueueContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The task queue on the PostgreSQL outbox passes the task queue contract. */
class PostgresTaskQueueTest extends TaskQueueContract {

  @RegisterExtension
  static final PostgresStorage storage = new PostgresStorage();

  @Override
  protected StorageUnderTest storage() {
    return storage;
  }
}
