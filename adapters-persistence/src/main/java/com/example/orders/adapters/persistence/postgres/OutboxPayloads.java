package com.example.orders.adapters.persistence.postgres;

import com.example.orders.domain.order.OrderEvent;
import com.example.orders.domain.order.OrderEvent.OrderCancelled;
import com.example.orders.domain.order.OrderEvent.OrderCreated;
import com.example.orders.domain.order.OrderEvent.OrderPaid;
import com.example.orders.domain.order.OrderEvent.OrderPlaced;
import com.example.orders.domain.order.OrderEvent.OrderShipped;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes an {@link OrderEvent} as the JSON object that consumers receive: the common fields
 * ({@code eventId, type, tenantId, orderId, version, occurredAt}) and the type's own.
 *
 * <p>Events are the contract with other systems and outlive erasure requests, so a payload never
 * carries personal data: the customer's name and e-mail stay in the {@code orders} row, and so
 * does a cancellation's reason, free text that may name a person.
 */
final class OutboxPayloads {

  private OutboxPayloads() {}

  static String json(OrderEvent event) {
    ObjectNode payload = JsonNodeFactory.instance.objectNode()
        .put("eventId", event.eventId().toString())
        .put("type", event.type())
        .put("tenantId", event.tenantId().value())
        .put("orderId", event.orderId().value().toString())
        .put("version", event.version())
        .put("occurredAt", event.occurredAt().toString());
    switch (event) {
      case OrderPlaced placed -> payload.putObject("total")
          .put("amountMinor", placed.total().amountMinor())
          .put("currency", placed.total().currency().getCurrencyCode());
      case OrderPaid paid -> payload.put("paymentReference", paid.paymentReference().value());
      // the common fields say all there is to say about these
      case OrderCancelled cancelled -> { }
      case OrderCreated created -> { }
      case OrderShipped shipped -> { }
    }
    return payload.toString();
  }
}
