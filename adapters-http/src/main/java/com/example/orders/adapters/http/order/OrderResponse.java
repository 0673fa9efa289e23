package com.example.orders.adapters.http.order;

import com.example.orders.domain.order.CancellationReason;
import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderLine;
import com.example.orders.domain.order.PaymentReference;
import com.example.orders.domain.shared.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * An order as the API shows it.
 *
 * @param paymentReference present once the order is paid
 * @param cancellationReason present once the order is cancelled
 * @param version the order's version; also its {@code ETag}, which changes need in {@code If-Match}
 */
record OrderResponse(
    String id,
    String status,
    Customer customer,
    String currency,
    List<Line> lines,
    Amount total,
    @JsonInclude(JsonInclude.Include.NON_NULL) String paymentReference,
    @JsonInclude(JsonInclude.Include.NON_NULL) String cancellationReason,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  static OrderResponse of(Order order) {
    Order.Snapshot s = order.snapshot();
    return new OrderResponse(
        s.id().toString(),
        s.status().name(),
        new Customer(s.customer().name(), s.customer().email()),
        s.currency().getCurrencyCode(),
        s.lines().stream().map(Line::of).toList(),
        Amount.of(order.total()),
        s.paymentReference().map(PaymentReference::value).orElse(null),
        s.cancellationReason().map(CancellationReason::value).orElse(null),
        s.createdAt(),
        s.updatedAt(),
        s.version());
  }

  /** Who ordered; personal data. */
  record Customer(String name, String email) {}

  /** One line and its total ({@code quantity x unitPrice}). */
  record Line(String sku, int quantity, Amount unitPrice, Amount total) {

    static Line of(OrderLine line) {
      return new Line(
          line.sku().value(),
          line.quantity(),
          Amount.of(line.unitPrice()),
          Amount.of(line.total()));
    }
  }

  /** An amount in minor units of an ISO 4217 currency. */
  record Amount(long amountMinor, String currency) {

    static Amount of(Money money) {
      return new Amount(money.amountMinor(), money.currency().getCurrencyCode());
    }
  }
}
