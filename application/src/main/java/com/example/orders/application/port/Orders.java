package com.example.orders.application.port;

import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.order.OrderStatus;
import com.example.orders.domain.shared.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * All orders, per tenant. Inside {@link TransactionRunner#inTransaction} every call joins the
 * running transaction; outside it each call stands alone.
 */
public interface Orders {

  /** The tenant's order with this id; empty when it does not exist or belongs to another tenant. */
  Optional<Order> find(TenantId tenant, OrderId id);

  /** Stores a new order. */
  void add(Order order);

  /**
   * Stores the new state of an order that was read at {@code expectedVersion}.
   *
   * @throws ConcurrentModificationException when the stored order is no longer at that version
   */
  void update(Order order, long expectedVersion);

  /**
   * Up to {@code limit} of the tenant's orders, newest first, optionally with one status, and
   * starting strictly after (older than) {@code after} when given.
   */
  List<Order> list(TenantId tenant, Optional<OrderStatus> status, Optional<OrderId> after, int limit);
}
