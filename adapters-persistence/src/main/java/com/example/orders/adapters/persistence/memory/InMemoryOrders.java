package com.example.orders.adapters.persistence.memory;

import com.example.orders.application.port.ConcurrentModificationException;
import com.example.orders.application.port.Orders;
import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.order.OrderStatus;
import com.example.orders.domain.shared.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * The {@link Orders} port in memory. Stores snapshots, never the caller's {@link Order}: every
 * read hands out a fresh aggregate, as a database would, so a caller cannot change stored state
 * without saving it.
 */
public final class InMemoryOrders implements Orders {

  private final InMemoryStore store;

  public InMemoryOrders(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public Optional<Order> find(TenantId tenant, OrderId id) {
    return store.order(tenant, id).map(Order::restore);
  }

  @Override
  public void add(Order order) {
    Order.Snapshot state = order.snapshot();
    store.write(changes -> {
      if (store.order(state.tenantId(), state.id()).isPresent()) {
        throw new IllegalStateException(
            "order " + state.id() + " of tenant " + state.tenantId() + " already exists");
      }
      changes.orders.put(new InMemoryStore.OrderKey(state.tenantId(), state.id().value()), state);
    });
  }

  @Override
  public void update(Order order, long expectedVersion) {
    Order.Snapshot state = order.snapshot();
    store.write(changes -> {
      boolean atExpectedVersion = store.order(state.tenantId(), state.id())
          .filter(stored -> stored.version() == expectedVersion)
          .isPresent();
      if (!atExpectedVersion) {
        throw new ConcurrentModificationException("order",
            "order " + state.id() + " is no longer at version " + expectedVersion);
      }
      changes.orders.put(new InMemoryStore.OrderKey(state.tenantId(), state.id().value()), state);
    });
  }

  @Override
  public List<Order> list(
      TenantId tenant, Optional<OrderStatus> status, Optional<OrderId> after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("a listing holds at least one order, not " + limit);
    }
    return store.orders(
            tenant,
            stored -> status.map(wanted -> stored.status() == wanted).orElse(true),
            after.map(OrderId::value),
            limit)
        .stream()
        .map(Order::restore)
        .toList();
  }
}
