package com.example.orders.adapters.persistence.memory;

import com.example.orders.adapters.persistence.contract.JobsContract;
import com.example.orders.adapters.persistence.contract.StorageUnderTest;

/** The in-memory twin passes the {@code Jobs} contract. */
class InMemoryJobsTest extends JobsContract {

  private final InMemoryStorage storage = new InMemoryStorage();

  @Override
  protected StorageUnderTest storage() {
    return storage;
  }
}
