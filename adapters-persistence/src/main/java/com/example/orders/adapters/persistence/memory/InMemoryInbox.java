package com.example.orders.adapters.persistence.memory;

import com.example.orders.application.port.EventEnvelope;
import com.example.orders.application.port.Inbox;
import java.time.Clock;
import java.time.Instant;

/** The {@link Inbox} port over an {@link InMemoryStore}, in the store's transactions. */
public final class InMemoryInbox implements Inbox {

  private final InMemoryStore store;
  private final Clock clock;

  public InMemoryInbox(InMemoryStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public Arrival record(String consumer, EventEnvelope event) {
    return store.inTransaction(() -> {
      InMemoryStore.Handled handled = new InMemoryStore.Handled(consumer, event.id(),
          event.aggregateType(), event.aggregateId(), event.version(), clock.instant());
      if (store.hasHandled(handled)) {
        return Arrival.REPEAT;
      }
      boolean newer = store.handledNewer(handled);
      store.write(changes -> changes.handled.add(handled));
      return newer ? Arrival.STALE : Arrival.FIRST;
    });
  }

  @Override
  public int purgeHandledBefore(Instant cutoff) {
    return store.removeHandled(handled -> handled.handledAt().isBefore(cutoff));
  }
}
