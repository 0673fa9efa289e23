package com.example.orders.adapters.persistence.memory;

import com.example.orders.adapters.persistence.contract.StorageUnderTest;
import com.example.orders.adapters.persistence.contract.TransactionContract;

/** The in-memory twin passes the {@code TransactionRunner} contract. */
class InMemoryTransactionTest extends TransactionContract {

  private final InMemoryStorage storage = new InMemoryStorage();

  @Override
  protected StorageUnderTest storage() {
    return storage;
  }
}
