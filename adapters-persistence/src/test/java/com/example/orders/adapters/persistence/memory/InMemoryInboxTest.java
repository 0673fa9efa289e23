package com.example.orders.adapters.persistence.memory;

import com.example.orders.adapters.persistence.contract.InboxContract;
import com.example.orders.adapters.persistence.contract.StorageUnderTest;

/** The in-memory twin passes the {@code Inbox} contract. */
class InMemoryInboxTest extends InboxContract {

  private final InMemoryStorage storage = new InMemoryStorage();

  @Override
  protected StorageUnderTest storage() {
    return storage;
  }
}
