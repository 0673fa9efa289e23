package com.example.orders.adapters.messaging.relay;

import com.example.orders.adapters.messaging.EventTransport;
import com.example.orders.application.port.PendingEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the outbox: claims the oldest pending events, sends them through the transport and
 * marks what it confirmed, batch after batch while there is a backlog; then waits for a commit to
 * wake it (or the poll interval). When publishing fails it backs off, up to a few seconds; every
 * claimed event stays pending until confirmed, so a failure delays events but never loses one.
 * It deletes published events after the retention. Closing stops the waiting, publishes what is
 * still pending for up to the drain time-out, and ends the threads.
 *
 * <p>It works in {@link RelaySettings#lanes() lanes}: threads that each claim, publish, await
 * the confirms and mark a batch in a transaction of their own, so that while one waits for the
 * broker another claims the next rows (the claims skip each other's). The first lane listens for
 * commits; the others join in only while there is a backlog (a batch came back full), so a quiet
 * outbox costs one waiting thread. Woken by a commit, the first lane lingers a few milliseconds
 * ({@link RelaySettings#linger()}) before it claims: at hundreds of commits a second, claiming
 * at each would publish batches of one, and the claims, confirms and marks would cost more than
 * the events.
 *
 * <p>Events of one aggregate may go out in any order (lanes, several relays, retries):
 * consumers order by version (ADRs 0015 and 0027).
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
  private final List<Thread> lanes;
  private final AtomicBoolean failing = new AtomicBoolean();
  private final Object wakeup = new Object();
  private long wakeups; // guarded by wakeup
  private volatile boolean running = true;
  private Instant nextPurge; // the first lane's

  public OutboxRelay(PendingEvents pending, EventTransport transport, RelaySettings settings,
      RelayObserver observer, Clock clock) {
    this.pending = pending;
    this.transport = transport;
    this.settings = settings;
    this.observer = observer;
    this.clock = clock;
    this.nextPurge = clock.instant();
    this.lanes = IntStream.range(0, settings.lanes())
        .mapToObj(lane -> Thread.ofPlatform().name("orders-outbox-relay-" + lane)
            .unstarted(new Lane(lane == 0)::run))
        .toList();
  }

  public void start() {
    lanes.forEach(Thread::start);
    log.atInfo().addKeyValue("batchSize", settings.batchSize())
        .addKeyValue("lanes", settings.lanes())
        .addKeyValue("pollIntervalMillis", settings.pollInterval().toMillis())
        .log("outbox relay started");
  }

  /** Stops after publishing what is pending, for up to the drain time-out; waits for that. */
  @Override
  public void close() {
    running = false;
    pending.close();
    lanes.forEach(Thread::interrupt);
    long deadline = System.nanoTime()
        + settings.drainTimeout().plus(settings.pollInterval()).plusSeconds(5).toNanos();
    try {
      for (Thread lane : lanes) {
        lane.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    log.info("outbox relay stopped");
  }

  /** Brings the other lanes in: there is a backlog, or a commit woke the first lane. */
  private void wakeOthers() {
    synchronized (wakeup) {
      wakeups++;
      wakeup.notifyAll();
    }
  }

  private long wakeupsSeen() {
    synchronized (wakeup) {
      return wakeups;
    }
  }

  private void awaitWakeupAfter(long seen) throws InterruptedException {
    long deadline = System.nanoTime() + settings.pollInterval().toNanos();
    synchronized (wakeup) {
      long remaining;
      while (wakeups == seen && running && (remaining = deadline - System.nanoTime()) > 0) {
        wakeup.wait(Math.max(1, remaining / 1_000_000));
      }
    }
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

  /** Lets the commits of the next few milliseconds join the batch; stopping cuts it short. */
  private void linger() {
    if (running && settings.linger().isPositive()) {
      pause(settings.linger());
    }
  }

  private static void pause(Duration pause) {
    try {
      Thread.sleep(pause);
    } catch (InterruptedException stopping) {
      // close() cuts the pause short; the loop sees that it is stopping
    }
  }

  /** One thread of the relay: claim, publish, mark; the first also listens and purges. */
  private final class Lane {

    private final boolean first;
    private Duration backoff = FIRST_BACKOFF;

    Lane(boolean first) {
      this.first = first;
    }

    void run() {
      while (running) {
        try {
          long seen = wakeupsSeen();
          Batch batch = publishOnce();
          if (batch.unconfirmed() > 0) {
            pause(backoff());
          } else if (batch.claimed() == settings.batchSize()) {
            wakeOthers();
          } else if (first) {
            purgeWhenDue();
            pending.awaitAppended(settings.pollInterval());
            linger();
          } else {
            awaitWakeupAfter(seen);
          }
        } catch (InterruptedException stopping) {
          // close() interrupts the wait: go round and see that we are stopping
        } catch (RuntimeException failure) {
          observer.failed();
          if (failing.compareAndSet(false, true)) {
            log.warn("outbox relay cannot publish, retrying with back-off: {}",
                failure.toString());
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
        if (first) {
          log.warn("outbox relay stopped with events pending, they go out after the restart: {}",
              failure.toString());
        }
      }
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
      if (confirmed[0] == claimed) {
        backoff = FIRST_BACKOFF;
        if (failing.compareAndSet(true, false)) {
          log.info("outbox relay publishing again");
        }
      }
      return new Batch(claimed, claimed - confirmed[0]);
    }

    private Duration backoff() {
      Duration current = backoff;
      backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF
          : backoff.multipliedBy(2);
      return current;
    }
  }

  /** What one pass did. */
  private record Batch(int claimed, int unconfirmed) {}
}
