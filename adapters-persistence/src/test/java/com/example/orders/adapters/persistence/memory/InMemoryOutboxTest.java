package com.example.orders.adapters.persistence.memory;

import com.example.orders.adapters.persistence.contract.OutboxContract;
import com.example.orders.adapters.persistence.contract.StorageUnderTest;

/** The in-memory twin passes the {@code Outbox} contract. */
class InMemoryOutboxTest extends OutboxContract {

  private final InMemoryStorage storage = new InMemoryStorage();

  @Override
  protected StorageUnderTest storage() {
    return storage;
  }
}
