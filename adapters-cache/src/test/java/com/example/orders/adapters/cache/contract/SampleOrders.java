package com.example.orders.adapters.cache.contract;

import com.example.orders.domain.order.CustomerContact;
import com.example.orders.domain.order.EventStamp;
import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.order.OrderLine;
import com.example.orders.domain.order.Sku;
import com.example.orders.domain.shared.Money;
import com.example.orders.domain.shared.TenantId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** Orders for the cache tests. */
public final class SampleOrders {

  private static final Currency EUR = Currency.getInstance("EUR");

  private SampleOrders() {}

  public static TenantId newTenant() {
    return new TenantId("tenant-" + UUID.randomUUID().toString().substring(0, 8));
  }

  public static OrderId newId() {
    return new OrderId(UUID.randomUUID());
  }

  /** A draft order with one line, at version 1. */
  public static Order draft(TenantId tenant, OrderId id) {
    Order order = Order.create(id, tenant, new CustomerContact("Ada Lovelace", "ada@example.com"),
        EUR, List.of(new OrderLine(new Sku("BOOK-1"), 2, new Money(1500, EUR))), stamp());
    order.pullEvents();
    return order;
  }

  /** The same order after it was placed: version 2. */
  public static Order placed(Order draft) {
    Order order = Order.restore(draft.snapshot());
    order.place(stamp());
    order.pullEvents();
    return order;
  }

  private static EventStamp stamp() {
    return new EventStamp(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS));
  }
}
