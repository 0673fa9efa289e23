package com.example.orders.domain.order;

import com.example.orders.domain.shared.Money;
import com.example.orders.domain.shared.TenantId;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** Deterministic building blocks for order specifications. */
final class OrderFixtures {

  static final Currency EUR = Currency.getInstance("EUR");
  static final TenantId TENANT = new TenantId("acme");
  static final OrderId ORDER_ID = new OrderId(UUID.fromString("0190a6a0-0000-7000-8000-000000000001"));
  static final CustomerContact CUSTOMER = new CustomerContact("Ada Lovelace", "ada@example.com");
  static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  private static int stamps;

  private OrderFixtures() {}

  static EventStamp stamp() {
    stamps++;
    return new EventStamp(new UUID(0, stamps), T0.plusSeconds(stamps));
  }

  static OrderLine line(String sku, int quantity, long unitPriceMinor) {
    return new OrderLine(new Sku(sku), quantity, new Money(unitPriceMinor, EUR));
  }

  static Order draft(OrderLine... lines) {
    return Order.create(ORDER_ID, TENANT, CUSTOMER, EUR, List.of(lines), stamp());
  }

  static Order placed() {
    Order order = draft(line("BOOK-1", 2, 1_500));
    order.place(stamp());
    return order;
  }

  static Order paid() {
    Order order = placed();
    order.pay(new PaymentReference("psp-123"), stamp());
    return order;
  }
}
