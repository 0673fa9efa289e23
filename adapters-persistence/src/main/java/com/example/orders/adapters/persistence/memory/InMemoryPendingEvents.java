package com.example.orders.adapters.persistence.memory;

import com.example.orders.application.port.EventEnvelope;
import com.example.orders.application.port.PendingEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The {@link PendingEvents} port over an {@link InMemoryStore}: what demo mode's relay publishes
 * in process. Claims are held in a set rather than by row locks, with the same effect: two
 * concurrent claims never hand out the same event. Use one instance per store.
 */
public final class InMemoryPendingEvents implements PendingEvents {

  private static final Comparator<EventEnvelope> OLDEST_FIRST = Comparator
      .comparing(EventEnvelope::occurredAt)
      .thenComparingLong(EventEnvelope::version);

  private final InMemoryStore store;
  private final Clock clock;
  private final Object lock = new Object();
  // guarded by lock
  private final Map<UUID, Instant> publishedAt = new HashMap<>();
  private final Set<UUID> claimed = new HashSet<>();
  /** No commit seen yet: the first wait returns at once, like a fresh LISTEN. */
  private long seenAppends = -1;
  private Thread waiter;
  private boolean closed;

  public InMemoryPendingEvents(InMemoryStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public int publishOldest(int limit, Function<List<EventEnvelope>, Set<UUID>> publish) {
    if (limit < 1) {
      throw new IllegalArgumentException("a claim takes at least one event");
    }
    List<EventEnvelope> batch;
    synchronized (lock) {
      batch = store.events().stream()
          .filter(event -> !publishedAt.containsKey(event.id()) && !claimed.contains(event.id()))
          .filter(this::isDue)
          .sorted(OLDEST_FIRST)
          .limit(limit)
          .toList();
      batch.forEach(event -> claimed.add(event.id()));
    }
    try {
      if (batch.isEmpty()) {
        return 0;
      }
      Set<UUID> published = publish.apply(batch);
      synchronized (lock) {
        Instant now = clock.instant();
        batch.stream().map(EventEnvelope::id).filter(published::contains)
            .forEach(id -> publishedAt.put(id, now));
      }
      return batch.size();
    } finally {
      synchronized (lock) {
        batch.forEach(event -> claimed.remove(event.id()));
      }
    }
  }

  @Override
  public void awaitAppended(Duration timeout) throws InterruptedException {
    long seen;
    synchronized (lock) {
      if (closed) {
        return;
      }
      seen = seenAppends;
      waiter = Thread.currentThread();
    }
    long now;
    try {
      now = store.awaitAppendsAfter(seen, timeout);
    } finally {
      synchronized (lock) {
        waiter = null;
      }
    }
    synchronized (lock) {
      seenAppends = now;
    }
  }

  @Override
  public int purgePublishedBefore(Instant cutoff) {
    synchronized (lock) {
      int purged = store.removeEvents(event -> {
        Instant published = publishedAt.get(event.id());
        return published != null && published.isBefore(cutoff);
      });
      publishedAt.values().removeIf(published -> published.isBefore(cutoff));
      return purged;
    }
  }

  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      if (waiter != null) {
        waiter.interrupt();
      }
    }
  }

  @Override
  public Backlog backlog() {
    synchronized (lock) {
      List<EventEnvelope> pending = store.events().stream()
          .filter(event -> !publishedAt.containsKey(event.id()))
          .filter(this::isDue)
          .toList();
      return new Backlog(pending.size(), pending.stream()
          .map(event -> store.publishAfter(event.id()).orElse(event.occurredAt()))
          .min(Comparator.naturalOrder()));
    }
  }

  /** Delayed tasks wait for their time: before it, they are neither claimed nor backlog. */
  private boolean isDue(EventEnvelope event) {
    return store.publishAfter(event.id()).map(after -> !after.isAfter(clock.instant()))
        .orElse(true);
  }
}
