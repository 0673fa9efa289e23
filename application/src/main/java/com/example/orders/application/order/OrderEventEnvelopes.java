package com.example.orders.application.order;

import com.example.orders.application.port.EventEnvelope;
import com.example.orders.domain.order.OrderEvent;
import com.example.orders.domain.order.OrderEvent.OrderCancelled;
import com.example.orders.domain.order.OrderEvent.OrderCreated;
import com.example.orders.domain.order.OrderEvent.OrderPaid;
import com.example.orders.domain.order.OrderEvent.OrderPlaced;
import com.example.orders.domain.order.OrderEvent.OrderShipped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Order events as outbox envelopes: the payload is the public shape consumers of order events
 * parse, {@code orderId} and {@code version} plus the type's own fields.
 *
 * <p>Events are the contract with other systems and outlive erasure requests, so a payload never
 * carries personal data: the customer's name and e-mail stay in the {@code orders} row, and so
 * does a cancellation's reason, free text that may name a person.
 */
public final class OrderEventEnvelopes {

  /** The aggregate type of every order event. */
  public static final String AGGREGATE_TYPE = "order";

  /** Raised with each incompatible change of a payload, so consumers can tell the shapes apart. */
  static final int SCHEMA_VERSION = 1;

  private OrderEventEnvelopes() {}

  public static List<EventEnvelope> of(List<OrderEvent> events) {
    return events.stream().map(OrderEventEnvelopes::of).toList();
  }

  public static EventEnvelope of(OrderEvent event) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("orderId", event.orderId().value().toString());
    payload.put("version", event.version());
    switch (event) {
      case OrderPlaced placed -> payload.put("total", Map.of(
          "amountMinor", placed.total().amountMinor(),
          "currency", placed.total().currency().getCurrencyCode()));
      case OrderPaid paid -> payload.put("paymentReference", paid.paymentReference().value());
      // the common fields say all there is to say about these
      case OrderCancelled cancelled -> { }
      case OrderCreated created -> { }
      case OrderShipped shipped -> { }
    }
    return new EventEnvelope(event.eventId(), event.type(), AGGREGATE_TYPE,
        event.orderId().value(), event.tenantId(), event.version(), event.occurredAt(),
        SCHEMA_VERSION, payload);
  }
}
