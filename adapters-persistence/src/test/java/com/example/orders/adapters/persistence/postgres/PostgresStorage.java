package com.example.orders.adapters.persistence.postgres;

import com.example.orders.adapters.persistence.contract.StorageUnderTest;
import com.example.orders.adapters.persistence.contract.StoredEvent;
import com.example.orders.adapters.persistence.testing.TestDatabase;
import com.example.orders.application.audit.AuditTrail;
import com.example.orders.application.job.Jobs;
import com.example.orders.application.port.Inbox;
import com.example.orders.application.port.IdempotencyKeys;
import com.example.orders.application.port.Inbox;
import com.example.orders.application.port.Orders;
import com.example.orders.application.port.Outbox;
import com.example.orders.application.port.PendingEvents;
import com.example.orders.application.port.TransactionRunner;
import com.example.orders.domain.shared.TenantId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL adapters over a fresh test database, as the contract suites see them: a JUnit
 * extension that creates the database before a test class and drops it after. One database per
 * test class: the suites keep their tests apart by tenant.
 */
final class PostgresStorage implements StorageUnderTest, BeforeAllCallback, AfterAllCallback {

  private static final String EVENTS = "SELECT event_id, event_type, tenant_id, aggregate_type,"
      + " aggregate_id, aggregate_version, occurred_at, schema_version, payload::text AS payload"
      + " FROM outbox WHERE tenant_id = ?"
      + " ORDER BY occurred_at, aggregate_version";

  private TestDatabase testDatabase;
  private PostgresDatabase database;
  private PostgresOrders orders;
  private PostgresOutbox outbox;
  private JdbiTransactionRunner transactions;
  private PostgresPendingEvents pendingEvents;
  private PostgresInbox inbox;
  private PostgresIdempotencyKeys idempotencyKeys;
  private PostgresJobs jobs;
  private PostgresAuditTrail auditTrail;

  @Override
  public void beforeAll(ExtensionContext context) {
    testDatabase = TestDatabase.create();
    database = PostgresDatabase.connect(testDatabase.settings());
    orders = new PostgresOrders(database);
    outbox = new PostgresOutbox(database);
    transactions = new JdbiTransactionRunner(database);
    pendingEvents = new PostgresPendingEvents(database);
    inbox = new PostgresInbox(database);
    idempotencyKeys = new PostgresIdempotencyKeys(database);
    jobs = new PostgresJobs(database);
    auditTrail = new PostgresAuditTrail(database);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      pendingEvents.close();
      database.close();
    } finally {
      testDatabase.close();
    }
  }

  @Override
  public Orders orders() {
    return orders;
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public TransactionRunner transactions() {
    return transactions;
  }

  @Override
  public Inbox inbox() {
    return inbox;
  }

  @Override
  public PendingEvents pendingEvents() {
    return pendingEvents;
  }

  @Override
  public IdempotencyKeys idempotencyKeys() {
    return idempotencyKeys;
  }

  @Override
  public Jobs jobs() {
    return jobs;
  }

  @Override
  public AuditTrail auditTrail() {
    return auditTrail;
  }

  /** The test database's settings, for tests that work on its tables behind the adapters. */
  TestDatabase testDatabase() {
    return testDatabase;
  }

  @Override
  public List<StoredEvent> committedEvents(TenantId tenant) {
    PostgresSettings superuser = testDatabase.superuserSettings();
    // behind the adapter's back, as the superuser: what is in the table, whatever the policies
    try (Connection connection = DriverManager.getConnection(
            superuser.jdbcUrl(), superuser.user(), superuser.password());
        PreparedStatement query = connection.prepareStatement(EVENTS)) {
      query.setString(1, tenant.value());
      List<StoredEvent> events = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          events.add(new StoredEvent(
              rows.getObject("event_id", UUID.class),
              rows.getString("event_type"),
              new TenantId(rows.getString("tenant_id")),
              rows.getString("aggregate_type"),
              rows.getObject("aggregate_id", UUID.class),
              rows.getLong("aggregate_version"),
              rows.getObject("occurred_at", OffsetDateTime.class).toInstant(),
              rows.getInt("schema_version"),
              PayloadJson.read(rows.getString("payload"))));
        }
      }
      return events;
    } catch (SQLException failure) {
      throw new IllegalStateException("could not read the outbox", failure);
    }
  }
}
