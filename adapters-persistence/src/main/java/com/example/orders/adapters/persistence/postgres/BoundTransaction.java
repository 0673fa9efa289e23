package com.example.orders.adapters.persistence.postgres;

import com.example.orders.domain.shared.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The calling thread's transaction (see {@link HandleBinding}): its handle, the tenant it serves
 * once one is named, and what runs after it commits.
 */
final class BoundTransaction {

  private final Handle handle;
  private final List<Runnable> afterCommit;
  private String tenant;

  BoundTransaction(Handle handle, List<Runnable> afterCommit) {
    this.handle = handle;
    this.afterCommit = afterCommit;
  }

  Handle handle() {
    return handle;
  }

  Connection connection() {
    return handle.getConnection();
  }

  void afterCommit(Runnable action) {
    afterCommit.add(action);
  }

  /**
   * Names {@code tenant} to PostgreSQL for the rest of the transaction, once; a second tenant in
   * one transaction is a bug and refused.
   */
  void serve(TenantId tenant) {
    String value = tenant.value();
    if (value.equals(this.tenant)) {
      return;
    }
    if (this.tenant != null) {
      throw new IllegalStateException("a transaction serves one tenant: this one serves "
          + this.tenant + " and was asked to serve " + value);
    }
    Connection connection = connection();
    try (PreparedStatement statement = connection.prepareStatement(HandleBinding.SET_TENANT)) {
      statement.setString(1, value);
      statement.execute();
    } catch (SQLException failure) {
      throw DatabaseFailures.translate(HandleBinding.SET_TENANT, failure, connection);
    }
    this.tenant = value;
  }
}
