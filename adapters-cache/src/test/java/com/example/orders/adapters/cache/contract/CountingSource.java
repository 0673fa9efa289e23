package com.example.orders.adapters.cache.contract;

import com.example.orders.domain.order.Order;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** A stand-in for the database behind the cache: answers what it is told, and counts its reads. */
public final class CountingSource implements Supplier<Optional<Order>> {

  private final AtomicReference<Optional<Order>> answer;
  private final AtomicInteger reads = new AtomicInteger();
  private volatile Duration slowness = Duration.ZERO;
  private volatile Runnable duringRead = () -> {};

  public CountingSource(Optional<Order> answer) {
    this.answer = new AtomicReference<>(answer);
  }

  public static CountingSource of(Order order) {
    return new CountingSource(Optional.of(order));
  }

  public static CountingSource empty() {
    return new CountingSource(Optional.empty());
  }

  /** From now on the source holds {@code order}, as after a committed change. */
  public void answer(Order order) {
    answer.set(Optional.of(order));
  }

  /** Each read takes this long, as a slow query would. */
  public CountingSource slow(Duration by) {
    slowness = by;
    return this;
  }

  /** Runs {@code action} in the middle of each read, after the answer was taken. */
  public CountingSource during(Runnable action) {
    duringRead = action;
    return this;
  }

  public int reads() {
    return reads.get();
  }

  @Override
  public Optional<Order> get() {
    reads.incrementAndGet();
    Optional<Order> current = answer.get();
    duringRead.run();
    if (!slowness.isZero()) {
      try {
        Thread.sleep(slowness);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    return current;
  }
}
