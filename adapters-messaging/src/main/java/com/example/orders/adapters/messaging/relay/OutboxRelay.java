package com.example.orders.adapters.messaging.relay;

import com.example.orders.adapters.messaging.EventTransport;
import com.example.orders.application.port.PendingEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the outbox: claims the oldest pending events, sends them through the transport and
 * marks what it confirmed, batch after batch while there is a backlog; then waits for a commit to
 * wake it (or the poll interval). When publishing fails it backs off, up to a few seconds; every
 * claimed event stays pending until confirmed, so a failure delays events but never loses one.
 * It deletes published events after the retention. Closing stops the waiting, publishes what is
 * still pending for up to the drain time-out, and ends the thread.
 *
 * <p>Events of one aggregate go out in their commit order within one relay; with several relays,
 * or retries on the consumer side, consumers see them in any order and order by version.
 */
public final class OutboxRelay implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

  private final PendingEvents pending;
  private final EventTransport transport;
  private final RelaySettings settings;
  private final RelayObserver observer;
  private final Clock clock;
  private final Thread thread;
  private volatile boolean running = true;
  private Instant nextPurge;
  private Duration backoff = FIRST_BACKOFF;
  private boolean failing;

  public OutboxRelay(PendingEvents pending, EventTransport transport, RelaySettings settings,
      RelayObserver observer, Clock clock) {
    this.pending = pending;
    this.transport = transport;
    this.settings = settings;
    this.observer = observer;
    this.clock = clock;
    this.nextPurge = clock.instant();
    this.thread = Thread.ofPlatform().name("orders-outbox-relay").unstarted(this::run);
  }

  public void start() {
    thread.start();
    log.atInfo().addKeyValue("batchSize", settings.batchSize())
        .addKeyValue("pollIntervalMillis", settings.pollInterval().toMillis())
        .log("outbox relay started");
  }

  /** Stops after publishing what is pending, for up to the drain time-out; waits for that. */
  @Override
  public void close() {
    running = false;
    pending.close();
    thread.interrupt();
    try {
      thread.join(settings.drainTimeout().plus(settings.pollInterval()).plusSeconds(5).toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    while (running) {
      try {
        Batch batch = publishOnce();
        if (batch.unconfirmed() > 0) {
          pause(backoff());
        } else if (batch.claimed() < settings.batchSize()) {
          purgeWhenDue();
          pending.awaitAppended(settings.pollInterval());
        }
      } catch (InterruptedException stopping) {
        // close() interrupts the wait: go round and see that we are stopping
      } catch (RuntimeException failure) {
        observer.failed();
        if (!failing) {
          log.warn("outbox relay cannot publish, retrying with back-off: {}", failure.toString());
          failing = true;
        }
        pause(backoff());
      }
    }
    drain();
  }

  /** At shutdown: what is pending goes out now rather than after the restart. */
  private void drain() {
    Thread.interrupted();
    long deadline = System.nanoTime() + settings.drainTimeout().toNanos();
    try {
      Batch batch;
      do {
        batch = publishOnce();
      } while (batch.claimed() == settings.batchSize() && batch.unconfirmed() == 0
          && System.nanoTime() < deadline);
    } catch (RuntimeException failure) {
      log.warn("outbox relay stopped with events pending, they go out after the restart: {}",
          failure.toString());
    }
    log.info("outbox relay stopped");
  }

  private Batch publishOnce() {
    int[] confirmed = new int[1];
    int claimed = pending.publishOldest(settings.batchSize(), events -> {
      Set<UUID> published = transport.publish(events);
      confirmed[0] = published.size();
      return published;
    });
    if (claimed > 0) {
      observer.published(confirmed[0], claimed - confirmed[0]);
    }
    if (failing && confirmed[0] == claimed) {
      log.info("outbox relay publishing again");
      failing = false;
    }
    if (confirmed[0] == claimed) {
      backoff = FIRST_BACKOFF;
    }
    return new Batch(claimed, claimed - confirmed[0]);
  }

  private void purgeWhenDue() {
    Instant now = clock.instant();
    if (now.isBefore(nextPurge)) {
      return;
    }
    nextPurge = now.plus(settings.purgeInterval());
    int purged = pending.purgePublishedBefore(now.minus(settings.retention()));
    if (purged > 0) {
      log.atInfo().addKeyValue("purged", purged).log("published outbox events deleted");
    }
  }

  private Duration backoff() {
    Duration current = backoff;
    backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF
        : backoff.multipliedBy(2);
    return current;
  }

  private void pause(Duration pause) {
    try {
      Thread.sleep(pause);
    } catch (InterruptedException stopping) {
      // close() cuts the pause short; the loop sees that it is stopping
    }
  }

  /** What one pass did. */
  private record Batch(int claimed, int unconfirmed) {}
}
