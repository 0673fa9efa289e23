package com.example.orders.adapters.cache.redis;

import com.example.orders.adapters.cache.CachedRead;
import com.example.orders.domain.order.CancellationReason;
import com.example.orders.domain.order.CustomerContact;
import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.order.OrderLine;
import com.example.orders.domain.order.OrderStatus;
import com.example.orders.domain.order.PaymentReference;
import com.example.orders.domain.order.Sku;
import com.example.orders.domain.shared.Money;
import com.example.orders.domain.shared.TenantId;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Format 1 of a cached order: the domain snapshot as compact JSON, e.g. {@code {"id":"...",
 * "tenant":"acme","name":"Ada","email":"ada@example.com","currency":"EUR","lines":[{"sku":"B-1",
 * "quantity":2,"unitPriceMinor":1500}],"status":"DRAFT","paymentReference":null,
 * "cancellationReason":null,"createdAt":"...","updatedAt":"...","version":1}}; {@code "-"} means
 * "no such order". Any change to this shape needs a new {@link #FORMAT_VERSION}.
 */
final class SnapshotCodec {

  static final int FORMAT_VERSION = 1;
  static final String ABSENT = "-";

  // Virtual threads have no thread-local buffers to reuse: share one pool of them instead.
  private static final ObjectMapper JSON = JsonMapper.builder(
      JsonFactory.builder().recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool()).build())
      .build();

  private SnapshotCodec() {}

  static String encode(CachedRead read) {
    if (read.snapshot().isEmpty()) {
      return ABSENT;
    }
    Order.Snapshot order = read.snapshot().get();
    try {
      return JSON.writeValueAsString(new Stored(
          order.id().value().toString(), order.tenantId().value(), order.customer().name(),
          order.customer().email(), order.currency().getCurrencyCode(),
          order.lines().stream().map(line -> new Line(
              line.sku().value(), line.quantity(), line.unitPrice().amountMinor())).toList(),
          order.status().name(), order.paymentReference().map(PaymentReference::value).orElse(null),
          order.cancellationReason().map(CancellationReason::value).orElse(null),
          order.createdAt().toString(), order.updatedAt().toString(), order.version()));
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("an order snapshot could not be written as JSON", impossible);
    }
  }

  /**
   * The read stored as {@code value}.
   *
   * @throws IllegalArgumentException when {@code value} is not in this format (a broken entry:
   *     the caller treats it as a miss and overwrites it)
   */
  static CachedRead decode(String value) {
    if (value.equals(ABSENT)) {
      return CachedRead.ABSENT;
    }
    try {
      Stored stored = JSON.readValue(value, Stored.class);
      Currency currency = Currency.getInstance(stored.currency());
      return new CachedRead(Optional.of(new Order.Snapshot(
          new OrderId(UUID.fromString(stored.id())), new TenantId(stored.tenant()),
          new CustomerContact(stored.name(), stored.email()), currency,
          stored.lines().stream().map(line -> new OrderLine(new Sku(line.sku()),
              line.quantity(), new Money(line.unitPriceMinor(), currency))).toList(),
          OrderStatus.valueOf(stored.status()),
          Optional.ofNullable(stored.paymentReference()).map(PaymentReference::new),
          Optional.ofNullable(stored.cancellationReason()).map(CancellationReason::new),
          Instant.parse(stored.createdAt()), Instant.parse(stored.updatedAt()), stored.version())));
    } catch (JsonProcessingException | RuntimeException unreadable) {
      throw new IllegalArgumentException("a cached order is not in format " + FORMAT_VERSION,
          unreadable);
    }
  }

  private record Stored(String id, String tenant, String name, String email, String currency,
      List<Line> lines, String status, String paymentReference, String cancellationReason,
      String createdAt, String updatedAt, long version) {}

  private record Line(String sku, int quantity, long unitPriceMinor) {}
}
