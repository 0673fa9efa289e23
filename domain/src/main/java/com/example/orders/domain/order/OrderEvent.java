package com.example.orders.domain.order;

import com.example.orders.domain.shared.Money;
import com.example.orders.domain.shared.TenantId;
import java.time.Instant;
import java.util.UUID;

/** Something that happened to an order; {@link #version()} is the order's version after it. */
public sealed interface OrderEvent {

  UUID eventId();

  TenantId tenantId();

  OrderId orderId();

  long version();

  Instant occurredAt();

  /** A stable name for the event type, used on the wire, e.g. {@code order.placed}. */
  String type();

  /** A draft order was created. */
  record OrderCreated(UUID eventId, TenantId tenantId, OrderId orderId, long version, Instant occurredAt)
      implements OrderEvent {
    @Override
    public String type() {
      return "order.created";
    }
  }

  /** The customer committed to the order; its total is fixed from here on. */
  record OrderPlaced(
      UUID eventId, TenantId tenantId, OrderId orderId, long version, Instant occurredAt, Money total)
      implements OrderEvent {
    @Override
    public String type() {
      return "order.placed";
    }
  }

  /** The order was paid. */
  record OrderPaid(
      UUID eventId, TenantId tenantId, OrderId orderId, long version, Instant occurredAt,
      PaymentReference paymentReference)
      implements OrderEvent {
    @Override
    public String type() {
      return "order.paid";
    }
  }

  /** The order left the warehouse. */
  record OrderShipped(UUID eventId, TenantId tenantId, OrderId orderId, long version, Instant occurredAt)
      implements OrderEvent {
    @Override
    public String type() {
      return "order.shipped";
    }
  }

  /** The order was cancelled before payment. */
  record OrderCancelled(
      UUID eventId, TenantId tenantId, OrderId orderId, long version, Instant occurredAt,
      CancellationReason reason)
      implements OrderEvent {
    @Override
    public String type() {
      return "order.cancelled";
    }
  }
}
