package com.example.orders.adapters.persistence.memory;

import com.example.orders.adapters.persistence.TraceContext;
import com.example.orders.application.port.EventEnvelope;
import com.example.orders.application.port.Outbox;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The {@link Outbox} port in memory; {@link #events()} shows what was committed. */
public final class InMemoryOutbox implements Outbox {

  private final InMemoryStore store;

  public InMemoryOutbox(InMemoryStore store) {
    this.store = store;
  }

  /** Appends all events or none: outside a transaction, the batch commits on its own. */
  @Override
  public void append(List<EventEnvelope> events) {
    stage(events, Optional.empty());
  }

  @Override
  public void append(List<EventEnvelope> events, Instant publishAfter) {
    stage(events, Optional.of(publishAfter));
  }

  private void stage(List<EventEnvelope> events, Optional<Instant> publishAfter) {
    List<EventEnvelope> appended = List.copyOf(events);
    if (appended.isEmpty()) {
      return;
    }
    store.write(changes -> {
      // all checked before any is staged: like the database's batch, all or none
      Set<UUID> batch = new HashSet<>();
      for (EventEnvelope event : appended) {
        if (!batch.add(event.id()) || store.hasEvent(event.id())) {
          throw new IllegalStateException("event " + event.id() + " is already in the outbox");
        }
      }
      appended.forEach(event -> changes.events.add(
          TraceContext.of(event).map(event::withTraceParent).orElse(event)));
      publishAfter.ifPresent(
          after -> appended.forEach(event -> changes.publishAfter.put(event.id(), after)));
    });
  }

  /** Every committed event, oldest first; for tests. */
  public List<EventEnvelope> events() {
    return store.events();
  }
}
