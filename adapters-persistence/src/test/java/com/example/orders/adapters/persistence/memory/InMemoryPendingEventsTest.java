package com.example.orders.adapters.persistence.memory;

import com.example.orders.adapters.persistence.contract.PendingEventsContract;
import com.example.orders.adapters.persistence.contract.StorageUnderTest;

/** The in-memory twin passes the {@code PendingEvents} contract. */
class InMemoryPendingEventsTest extends PendingEventsContract {

  private final InMemoryStorage storage = new InMemoryStorage();

  @Override
  protected StorageUnderTest storage() {
    return storage;
  }
}
