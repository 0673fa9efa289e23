package com.example.orders.adapters.persistence.memory;

import com.example.orders.adapters.persistence.contract.IdempotencyKeysContract;
import com.example.orders.adapters.persistence.contract.StorageUnderTest;

class InMemoryIdempotencyKeysTest extends IdempotencyKeysContract {

  private final InMemoryStorage storage = new InMemoryStorage();

  @Override
  protected StorageUnderTest storage() {
    return storage;
  }
}
