package com.example.orders.application.order;

import com.example.orders.application.audit.Audit;
import com.example.orders.application.port.IdGenerator;
import com.example.orders.application.port.OrderCache;
import com.example.orders.application.port.Orders;
import com.example.orders.application.port.Outbox;
import com.example.orders.application.port.TransactionRunner;
import com.example.orders.domain.order.EventStamp;
import com.example.orders.domain.order.Order;
import java.time.Clock;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The one way an order changes: load it for the caller's tenant, check the caller's version, let
 * the aggregate apply the change, then store the order and its events in the same transaction.
 * Once that has committed, the read cache forgets the order, so no reader keeps the old state.
 * Every change is audited in the same transaction, as the action its use case names, with the
 * fields it changed (see {@link OrderAudit}).
 */
public final class OrderChanges {

  private final Orders orders;
  private final Outbox outbox;
  private final TransactionRunner transactions;
  private final IdGenerator ids;
  private final OrderCache cache;
  private final Audit audit;
  private final Clock clock;

  public OrderChanges(Orders orders, Outbox outbox, TransactionRunner transactions,
      OrderCache cache, Audit audit, IdGenerator ids, Clock clock) {
    this.orders = orders;
    this.outbox = outbox;
    this.transactions = transactions;
    this.cache = cache;
    this.audit = audit;
    this.ids = ids;
    this.clock = clock;
  }

  /**
   * Applies {@code change} to the referenced order and returns the order as stored.
   *
   * @param action how the trail names the change, e.g. {@code order.place}
   */
  Order apply(OrderRef ref, String action, BiConsumer<Order, EventStamp> change) {
    return transactions.inTransaction(() -> {
      Order order = orders.find(ref.tenant(), ref.id())
          .orElseThrow(() -> new OrderNotFoundException(ref.id()));
      if (order.version() != ref.expectedVersion()) {
        throw new VersionMismatchException(ref.id(), ref.expectedVersion(), order.version());
      }
      Order.Snapshot before = order.snapshot();
      change.accept(order, stamp());
      orders.update(order, ref.expectedVersion());
      outbox.append(OrderEventEnvelopes.of(order.pullEvents()));
      audit.changed(ref.tenant(), action, OrderAudit.RESOURCE, ref.id().toString(),
          OrderAudit.changed(before, order.snapshot()));
      transactions.afterCommit(() -> cache.evict(ref.tenant(), ref.id()));
      return order;
    });
  }

  /** Stores a new order built by {@code factory} together with its events. */
  Order create(Function<EventStamp, Order> factory) {
    return transactions.inTransaction(() -> {
      Order order = factory.apply(stamp());
      orders.add(order);
      outbox.append(OrderEventEnvelopes.of(order.pullEvents()));
      audit.changed(order.tenantId(), "order.create", OrderAudit.RESOURCE, order.id().toString(),
          OrderAudit.created(order.snapshot()));
      // a read of this id before it existed may be remembered as "not found"
      transactions.afterCommit(() -> cache.evict(order.tenantId(), order.id()));
      return order;
    });
  }

  IdGenerator ids() {
    return ids;
  }

  private EventStamp stamp() {
    return new EventStamp(ids.next(), clock.instant());
  }
}
