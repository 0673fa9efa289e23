package com.example.orders.adapters.persistence.memory;

import com.example.orders.application.port.EventEnvelope;
import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.shared.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The state behind the in-memory adapters: committed orders, events and inbox records, and the
 * running transaction of each thread.
 *
 * <p>Transactions are serial: one lock is held from begin to commit, and the work's writes are
 * staged and published on commit in one step, under a short write lock that readers respect, so
 * nobody ever sees half a transaction. Because writers take turns, an update that read a stale
 * version always finds the newer one and loses, as it would in PostgreSQL. Work inside a
 * transaction must not wait for another thread's transaction: that thread would wait for the lock.
 */
public final class InMemoryStore {

  /** PostgreSQL compares uuids as unsigned bytes; {@link UUID#compareTo} compares signed longs. */
  private static final Comparator<UUID> POSTGRES_UUID_ORDER = Comparator
      .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
      .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

  private static final Comparator<UUID> NEWEST_FIRST = POSTGRES_UUID_ORDER.reversed();

  private final ReentrantLock transactionLock = new ReentrantLock();
  private final ReentrantReadWriteLock publication = new ReentrantReadWriteLock();
  private final ThreadLocal<Changes> running = new ThreadLocal<>();

  // guarded by publication
  private final Map<TenantId, NavigableMap<UUID, Order.Snapshot>> orders = new HashMap<>();
  private final List<EventEnvelope> events = new ArrayList<>();
  private final Set<UUID> eventIds = new HashSet<>();
  private final Set<Handled> handled = new HashSet<>();
  /** When the delayed events among {@link #events} may be published. */
  private final Map<UUID, Instant> publishAfter = new HashMap<>();
  private final Condition appended = publication.writeLock().newCondition();
  private long appends;

  /**
   * Runs {@code work} in a transaction: publishes its writes when it returns, drops them when it
   * throws. Called inside a transaction, it joins that one.
   */
  <T> T inTransaction(Supplier<T> work) {
    if (running.get() != null) {
      return work.get();
    }
    Changes changes = new Changes();
    T result;
    transactionLock.lock();
    try {
      running.set(changes);
      try {
        result = work.get();
      } finally {
        running.remove();
      }
      publish(changes);
    } finally {
      transactionLock.unlock();
    }
    // outside the lock: an action may start a transaction of its own
    changes.afterCommit.forEach(Runnable::run);
    return result;
  }

  /**
   * Runs {@code publication} as part of the running transaction's commit, under the locks that
   * make it atomic (or as a transaction of its own outside one): for state kept beside the store.
   */
  void onCommit(Runnable publication) {
    write(changes -> changes.publications.add(publication));
  }

  /** Runs {@code action} after the thread's transaction is published, or at once outside one. */
  void afterCommit(Runnable action) {
    Changes changes = running.get();
    if (changes == null) {
      action.run();
    } else {
      changes.afterCommit.add(action);
    }
  }

  /** Stages a write in the running transaction, or commits it alone outside one (auto-commit). */
  void write(Consumer<Changes> write) {
    inTransaction(() -> {
      write.accept(running.get());
      return null;
    });
  }

  /** The order as this thread sees it: its own staged write first, else the committed one. */
  Optional<Order.Snapshot> order(TenantId tenant, OrderId id) {
    OrderKey key = new OrderKey(tenant, id.value());
    Changes changes = running.get();
    if (changes != null && changes.orders.containsKey(key)) {
      return Optional.of(changes.orders.get(key));
    }
    publication.readLock().lock();
    try {
      NavigableMap<UUID, Order.Snapshot> committed = orders.get(tenant);
      return committed == null ? Optional.empty() : Optional.ofNullable(committed.get(id.value()));
    } finally {
      publication.readLock().unlock();
    }
  }

  /**
   * Up to {@code limit} of the tenant's orders that match {@code filter}, as this thread sees
   * them, newest (highest id) first, starting strictly after {@code after} when given.
   */
  List<Order.Snapshot> orders(
      TenantId tenant, Predicate<Order.Snapshot> filter, Optional<UUID> after, int limit) {
    publication.readLock().lock();
    try {
      NavigableMap<UUID, Order.Snapshot> visible = withOwnWrites(
          tenant, orders.getOrDefault(tenant, Collections.emptyNavigableMap()));
      return after.map(id -> visible.tailMap(id, false)).orElse(visible).values().stream()
          .filter(filter)
          .limit(limit)
          .toList();
    } finally {
      publication.readLock().unlock();
    }
  }

  /** Whether an event with this id is committed or staged by this thread's transaction. */
  boolean hasEvent(UUID eventId) {
    Changes changes = running.get();
    if (changes != null
        && changes.events.stream().anyMatch(staged -> staged.id().equals(eventId))) {
      return true;
    }
    publication.readLock().lock();
    try {
      return eventIds.contains(eventId);
    } finally {
      publication.readLock().unlock();
    }
  }

  /** Whether the consumer's handling of the event is committed or staged by this thread. */
  boolean hasHandled(Handled event) {
    Changes changes = running.get();
    if (changes != null && changes.handled.stream().anyMatch(event::sameEvent)) {
      return true;
    }
    publication.readLock().lock();
    try {
      return handled.stream().anyMatch(event::sameEvent);
    } finally {
      publication.readLock().unlock();
    }
  }

  /** Whether the consumer handled a newer event of the same aggregate (committed or staged). */
  boolean handledNewer(Handled event) {
    Changes changes = running.get();
    if (changes != null && changes.handled.stream().anyMatch(event::isOlderThan)) {
      return true;
    }
    publication.readLock().lock();
    try {
      return handled.stream().anyMatch(event::isOlderThan);
    } finally {
      publication.readLock().unlock();
    }
  }

  /** Every committed event, in the order they were appended. */
  List<EventEnvelope> events() {
    publication.readLock().lock();
    try {
      return List.copyOf(events);
    } finally {
      publication.readLock().unlock();
    }
  }

  /** When a committed event may be published: empty for at once, else its delay's end. */
  Optional<Instant> publishAfter(UUID eventId) {
    publication.readLock().lock();
    try {
      return Optional.ofNullable(publishAfter.get(eventId));
    } finally {
      publication.readLock().unlock();
    }
  }

  /** How many transactions have committed events so far; grows with every such commit. */
  long appends() {
    publication.readLock().lock();
    try {
      return appends;
    } finally {
      publication.readLock().unlock();
    }
  }

  /**
   * Waits until a transaction commits events after the {@code seen}-th one did, or until {@code
   * timeout}; returns the count of such commits at the time it returns.
   */
  long awaitAppendsAfter(long seen, Duration timeout) throws InterruptedException {
    long remaining = timeout.toNanos();
    publication.writeLock().lockInterruptibly();
    try {
      while (appends == seen && remaining > 0) {
        remaining = appended.awaitNanos(remaining);
      }
      return appends;
    } finally {
      publication.writeLock().unlock();
    }
  }

  /** Deletes committed events that {@code purge} selects; returns how many. */
  int removeEvents(Predicate<EventEnvelope> purge) {
    publication.writeLock().lock();
    try {
      List<EventEnvelope> removed = events.stream().filter(purge).toList();
      events.removeAll(removed);
      removed.forEach(event -> {
        eventIds.remove(event.id());
        publishAfter.remove(event.id());
      });
      return removed.size();
    } finally {
      publication.writeLock().unlock();
    }
  }

  /** Deletes committed inbox rows that {@code purge} selects; returns how many. */
  int removeHandled(Predicate<Handled> purge) {
    publication.writeLock().lock();
    try {
      int before = handled.size();
      handled.removeIf(purge);
      return before - handled.size();
    } finally {
      publication.writeLock().unlock();
    }
  }

  private void publish(Changes changes) {
    publication.writeLock().lock();
    try {
      changes.orders.forEach((key, order) -> orders
          .computeIfAbsent(key.tenant(), tenant -> newestFirst())
          .put(key.id(), order));
      handled.addAll(changes.handled);
      if (!changes.events.isEmpty()) {
        events.addAll(changes.events);
        publishAfter.putAll(changes.publishAfter);
        changes.events.forEach(event -> eventIds.add(event.id()));
        appends++;
        appended.signalAll();
      }
      changes.publications.forEach(Runnable::run);
    } finally {
      publication.writeLock().unlock();
    }
  }

  /** Overlays the running transaction's staged orders of the tenant, copying only when any. */
  private NavigableMap<UUID, Order.Snapshot> withOwnWrites(
      TenantId tenant, NavigableMap<UUID, Order.Snapshot> committed) {
    Changes changes = running.get();
    if (changes == null
        || changes.orders.keySet().stream().noneMatch(key -> key.tenant().equals(tenant))) {
      return committed;
    }
    NavigableMap<UUID, Order.Snapshot> visible = newestFirst();
    visible.putAll(committed);
    changes.orders.forEach((key, order) -> {
      if (key.tenant().equals(tenant)) {
        visible.put(key.id(), order);
      }
    });
    return visible;
  }

  private static NavigableMap<UUID, Order.Snapshot> newestFirst() {
    return new TreeMap<>(NEWEST_FIRST);
  }

  /** Writes staged by one transaction, published together on commit. */
  static final class Changes {
    final Map<OrderKey, Order.Snapshot> orders = new LinkedHashMap<>();
    final List<EventEnvelope> events = new ArrayList<>();
    final Map<UUID, Instant> publishAfter = new HashMap<>();
    final List<Handled> handled = new ArrayList<>();
    final List<Runnable> afterCommit = new ArrayList<>();
    final List<Runnable> publications = new ArrayList<>();
  }

  /** An inbox row: a consumer handled an event of an aggregate at a version, at a time. */
  record Handled(String consumer, UUID eventId, String aggregateType, UUID aggregateId,
      long version, Instant handledAt) {

    boolean sameEvent(Handled other) {
      return other.consumer.equals(consumer) && other.eventId.equals(eventId);
    }

    /** Whether {@code other} is a newer event of the same aggregate, for the same consumer. */
    boolean isOlderThan(Handled other) {
      return other.consumer.equals(consumer) && other.aggregateType.equals(aggregateType)
          && other.aggregateId.equals(aggregateId) && other.version > version;
    }
  }

  /** An order's primary key, as in the {@code orders} table. */
  record OrderKey(TenantId tenant, UUID id) {}
}
