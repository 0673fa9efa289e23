package com.example.orders.adapters.persistence.postgres;

import com.example.orders.adapters.persistence.contract.StorageUnderTest;
import com.example.orders.adapters.persistence.contract.TransactionContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The PostgreSQL adapter passes the {@code TransactionRunner} contract, on its own database. */
class PostgresTransactionTest extends TransactionContract {

  private static PostgresStorage storage;

  @BeforeAll
  static void createDatabase() {
    storage = PostgresStorage.open();
  }

  @AfterAll
  static void dropDatabase() {
    storage.close();
  }

  @Override
  protected StorageUnderTest storage() {
    return storage;
  }
}
