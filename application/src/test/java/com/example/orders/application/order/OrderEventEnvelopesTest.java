package com.example.orders.application.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.application.port.EventEnvelope;
import com.example.orders.domain.order.CancellationReason;
import com.example.orders.domain.order.CustomerContact;
import com.example.orders.domain.order.EventStamp;
import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderEvent;
import com.example.orders.domain.order.OrderEvent.OrderCancelled;
import com.example.orders.domain.order.OrderEvent.OrderCreated;
import com.example.orders.domain.order.OrderEvent.OrderPaid;
import com.example.orders.domain.order.OrderEvent.OrderPlaced;
import com.example.orders.domain.order.OrderEvent.OrderShipped;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.order.OrderLine;
import com.example.orders.domain.order.PaymentReference;
import com.example.orders.domain.order.Sku;
import com.example.orders.domain.shared.Money;
import com.example.orders.domain.shared.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An order event's envelope is its public shape: what consumers of order events parse. */
class OrderEventEnvelopesTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final TenantId TENANT = new TenantId("acme");
  private static final OrderId ORDER =
      new OrderId(UUID.fromString("0190a6a0-0000-7000-8000-000000000001"));
  private static final UUID EVENT = UUID.fromString("0190a6a0-0000-7000-8000-0000000000e1");
  private static final Instant AT = Instant.parse("2026-11-25T10:00:00.123456Z");

  @Test
  void the_envelope_carries_the_events_identity_type_order_tenant_version_and_time() {
    EventEnvelope envelope = OrderEventEnvelopes.of(new OrderCreated(EVENT, TENANT, ORDER, 1, AT));

    assertThat(envelope).isEqualTo(new EventEnvelope(EVENT, "order.created", "order",
        ORDER.value(), TENANT, 1, AT, 1, Map.of("orderId", ORDER.toString(), "version", 1L)));
  }

  @Test
  void a_placed_event_carries_the_total_in_minor_units_and_its_currency() {
    assertThat(payload(new OrderPlaced(EVENT, TENANT, ORDER, 2, AT, new Money(3_050, EUR))))
        .isEqualTo(Map.of("orderId", ORDER.toString(), "version", 2L,
            "total", Map.of("amountMinor", 3_050L, "currency", "EUR")));
  }

  @Test
  void a_paid_event_carries_the_payment_reference() {
    assertThat(payload(new OrderPaid(EVENT, TENANT, ORDER, 3, AT, new PaymentReference("psp-9"))))
        .isEqualTo(Map.of("orderId", ORDER.toString(), "version", 3L,
            "paymentReference", "psp-9"));
  }

  @Test
  void a_shipped_event_carries_the_common_fields_only() {
    assertThat(payload(new OrderShipped(EVENT, TENANT, ORDER, 4, AT)))
        .isEqualTo(Map.of("orderId", ORDER.toString(), "version", 4L));
  }

  @Test
  void a_cancelled_event_leaves_out_its_free_text_reason() {
    OrderCancelled cancelled = new OrderCancelled(
        EVENT, TENANT, ORDER, 2, AT, new CancellationReason("Grace moved to Arlington"));

    assertThat(payload(cancelled)).isEqualTo(Map.of("orderId", ORDER.toString(), "version", 2L));
  }

  @Test
  void no_event_of_an_orders_life_carries_the_customers_personal_data() {
    CustomerContact customer = new CustomerContact("Grace Hopper", "grace@example.com");
    Order shipped = Order.create(ORDER, TENANT, customer, EUR,
        List.of(new OrderLine(new Sku("BOOK-1"), 1, new Money(100, EUR))), stamp(0));
    shipped.place(stamp(1));
    shipped.pay(new PaymentReference("psp-9"), stamp(2));
    shipped.ship(stamp(3));
    Order cancelled = Order.create(ORDER, TENANT, customer, EUR, List.of(), stamp(4));
    cancelled.cancel(new CancellationReason("Grace Hopper no longer needs it"), stamp(5));
    List<OrderEvent> events = new ArrayList<>(shipped.pullEvents());
    events.addAll(cancelled.pullEvents());

    assertThat(OrderEventEnvelopes.of(events)).hasSize(6).allSatisfy(envelope ->
        assertThat(envelope.payload().toString())
            .doesNotContain("Grace", "Hopper", "grace@example.com"));
  }

  private static EventStamp stamp(int second) {
    return new EventStamp(UUID.randomUUID(), AT.plusSeconds(second));
  }

  private static Map<String, Object> payload(OrderEvent event) {
    return OrderEventEnvelopes.of(event).payload();
  }
}
