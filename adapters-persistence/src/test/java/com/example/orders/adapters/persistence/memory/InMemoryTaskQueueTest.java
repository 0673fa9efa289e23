package com.example.orders.adapters.persistence.memory;

import com.example.orders.adapters.persistence.contract.StorageUnderTest;
import com.example.orders.adapters.persistence.contract.TaskQueueContract;

/** The task queue on the in-memory outbox passes the task queue contract. */
class InMemoryTaskQueueTest extends TaskQueueContract {

  private final InMemoryStorage storage = new InMemoryStorage();

  @Override
  protected StorageUnderTest storage() {
    return storage;
  }
}
