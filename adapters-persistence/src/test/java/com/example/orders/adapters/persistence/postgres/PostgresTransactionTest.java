package com.example.orders.adapters.persistence.postgres;

import com.example.orders.adapters.persistence.contract.TransactionContract;
import com.example.orders.adapters.persistence.contract.StorageUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL adapter passes the {@code TransactionRunner} contract, on its own database. */
class PostgresTransactionTest extends TransactionContract {

  @RegisterExtension
  static final PostgresStorage storage = new PostgresStorage();

  @Override
  protected StorageUnderTest storage() {
    return storage;
  }
}
