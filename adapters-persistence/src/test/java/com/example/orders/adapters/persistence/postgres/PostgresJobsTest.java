package com.example.orders.adapters.persistence.postgres;

import com.example.orders.adapters.persistence.contract.JobsContract;
import com.example.orders.adapters.persistence.contract.StorageUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL adapter passes the {@code Jobs} contract, on its own database. */
class PostgresJobsTest extends JobsContract {

  @RegisterExtension
  static final PostgresStorage storage = new PostgresStorage();

  @Override
  protected StorageUnderTest storage() {
    return storage;
  }
}
