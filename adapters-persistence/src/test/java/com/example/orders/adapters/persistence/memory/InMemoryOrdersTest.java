package com.example.orders.adapters.persistence.memory;

import com.example.orders.adapters.persistence.contract.OrdersContract;
import com.example.orders.adapters.persistence.contract.StorageUnderTest;

/** The in-memory twin passes the {@code Orders} contract. */
class InMemoryOrdersTest extends OrdersContract {

  private final InMemoryStorage storage = new InMemoryStorage();

  @Override
  protected StorageUnderTest storage() {
    return storage;
  }
}
