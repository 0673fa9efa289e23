package com.example.orders.application.port;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The outbox seen from the relay that publishes it: claim what is pending, mark what the broker
 * confirmed, wait for more, and forget what was published long ago. Several relays may work on
 * one outbox at once; a claim skips what another relay holds.
 */
public interface PendingEvents extends AutoCloseable {

  /**
   * Claims up to {@code limit} unpublished events, oldest first, that no other claim holds, hands
   * them to {@code publish} and marks as published exactly the ids it returns, all in one
   * transaction: when {@code publish} throws, every claimed event stays pending.
   *
   * @return how many events were claimed (0 when none was pending)
   */
  int publishOldest(int limit, Function<List<EventEnvelope>, Set<UUID>> publish);

  /**
   * Returns once events may have been appended since the previous call, or after {@code
   * timeout}, whichever comes first. A spurious return is allowed; a missed append is not, beyond
   * {@code timeout}.
   */
  void awaitAppended(Duration timeout) throws InterruptedException;

  /** Deletes published events older than {@code cutoff}; returns how many. */
  int purgePublishedBefore(Instant cutoff);

  /** How many events are pending and since when the oldest of them waits. */
  Backlog backlog();

  /**
   * Stops waiting: a blocked {@link #awaitAppended} returns, and later ones return at once; the
   * other methods go on working (a stopping relay still publishes what is pending).
   */
  @Override
  void close();

  /** The unpublished part of the outbox. */
  record Backlog(long pending, Optional<Instant> oldestOccurredAt) {

    public static final Backlog EMPTY = new Backlog(0, Optional.empty());
  }
}
