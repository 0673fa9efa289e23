package com.example.orders.adapters.cache;

import com.example.orders.domain.order.Order;
import java.util.Optional;

/**
 * What a read found, as remembered: the order's snapshot, or nothing when the order does not
 * exist. The snapshot is immutable, so one entry can serve many readers; each gets its own
 * {@link Order}.
 */
public record CachedRead(Optional<Order.Snapshot> snapshot) {

  public static final CachedRead ABSENT = new CachedRead(Optional.empty());

  public static CachedRead of(Optional<Order> order) {
    return order.map(found -> new CachedRead(Optional.of(found.snapshot()))).orElse(ABSENT);
  }

  public boolean found() {
    return snapshot.isPresent();
  }

  public Optional<Order> order() {
    return snapshot.map(Order::restore);
  }
}
