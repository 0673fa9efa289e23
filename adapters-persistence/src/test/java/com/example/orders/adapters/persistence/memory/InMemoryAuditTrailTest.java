package com.example.orders.adapters.persistence.memory;

import com.example.orders.adapters.persistence.contract.AuditTrailContract;
import com.example.orders.adapters.persistence.contract.StorageUnderTest;

/** The in-memory twin passes the {@code AuditTrail} contract. */
class InMemoryAuditTrailTest extends AuditTrailContract {

  private final InMemoryStorage storage = new InMemoryStorage();

  @Override
  protected StorageUnderTest storage() {
    return storage;
  }
}
