package com.example.orders.adapters.persistence.contract;

import com.example.orders.application.audit.AuditTrail;
import com.example.orders.application.port.Inbox;
import com.example.orders.application.job.Jobs;
import com.example.orders.application.port.IdempotencyKeys;
import com.example.orders.application.port.Orders;
import com.example.orders.application.port.Outbox;
import com.example.orders.application.port.PendingEvents;
import com.example.orders.application.port.TransactionRunner;
import com.example.orders.domain.shared.TenantId;
import java.util.List;

/** The storage ports of one adapter, wired over one store, as the contract suites see them. */
public interface StorageUnderTest {

  Orders orders();

  Outbox outbox();

  TransactionRunner transactions();

  /** What consumers handled, in the same transactions. */
  Inbox inbox();

  /** The outbox as the relay sees it, over the same store. */
  PendingEvents pendingEvents();

  IdempotencyKeys idempotencyKeys();

  /** Jobs, in the same transactions. */
  Jobs jobs();

  /** The audit trail, in the same transactions. */
  AuditTrail auditTrail();

  /**
   * The tenant's committed outbox events, read behind the port's back, in {@link
   * StoredEvent#OLDEST_FIRST} order.
   */
  List<StoredEvent> committedEvents(TenantId tenant);
}
