package com.example.orders.adapters.persistence.memory;

import com.example.orders.adapters.persistence.contract.StorageUnderTest;
import com.example.orders.adapters.persistence.contract.StoredEvent;
import com.example.orders.application.audit.AuditTrail;
import com.example.orders.application.job.Jobs;
import com.example.orders.application.port.Inbox;
import com.example.orders.application.port.IdempotencyKeys;
import com.example.orders.application.port.Orders;
import com.example.orders.application.port.Outbox;
import com.example.orders.application.port.PendingEvents;
import com.example.orders.application.port.TransactionRunner;
import com.example.orders.domain.shared.TenantId;
import java.time.Clock;
import java.util.List;

/** The in-memory adapters over one fresh store, as the contract suites see them. */
final class InMemoryStorage implements StorageUnderTest {

  private final InMemoryStore store = new InMemoryStore();
  private final InMemoryOrders orders = new InMemoryOrders(store);
  private final InMemoryOutbox outbox = new InMemoryOutbox(store);
  private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner(store);
  private final InMemoryInbox inbox = new InMemoryInbox(store, Clock.systemUTC());
  private final InMemoryPendingEvents pendingEvents =
      new InMemoryPendingEvents(store, Clock.systemUTC());
  private final InMemoryIdempotencyKeys idempotencyKeys = new InMemoryIdempotencyKeys(store);
  private final InMemoryJobs jobs = new InMemoryJobs(store);
  private final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail(store);

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

  @Override
  public List<StoredEvent> committedEvents(TenantId tenant) {
    return outbox.events().stream()
        .filter(event -> event.tenant().equals(tenant))
        .map(StoredEvent::of)
        .sorted(StoredEvent.OLDEST_FIRST)
        .toList();
  }
}
