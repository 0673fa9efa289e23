package com.example.orders.application.port;

import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.shared.TenantId;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Remembered reads of single orders, so that a repeated read need not reach storage. Entries are
 * per tenant: one tenant's read never answers another's. The cache is an optimisation only: when
 * whatever stands behind it is down, reads go to {@code source} and nothing is thrown.
 */
public interface OrderCache {

  /**
   * The tenant's order as remembered, or else as {@code source} finds it, which is then
   * remembered (an order that does not exist too, for a short while). Concurrent misses for one
   * order share one call of {@code source}.
   */
  Optional<Order> find(TenantId tenant, OrderId id, Supplier<Optional<Order>> source);

  /**
   * Forgets the order everywhere it is remembered, in every instance of the service; called once
   * a change to it has committed.
   */
  void evict(TenantId tenant, OrderId id);

  /** No cache at all: every read goes to the source. */
  static OrderCache none() {
    return new OrderCache() {
      @Override
      public Optional<Order> find(TenantId tenant, OrderId id, Supplier<Optional<Order>> source) {
        return source.get();
      }

      @Override
      public void evict(TenantId tenant, OrderId id) {
        // nothing is remembered, so nothing is forgotten
      }
    };
  }
}
