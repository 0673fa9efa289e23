package com.example.orders.bootstrap.audit;

import com.example.orders.application.audit.AuditChain;
import com.example.orders.application.audit.AuditEvent;
import com.example.orders.application.audit.AuditTrail;
import com.example.orders.application.audit.FieldChange;
import com.example.orders.application.audit.SecurityEvent;
import com.example.orders.application.audit.SecurityEvents;
import com.example.orders.application.port.IdGenerator;
import com.example.orders.application.port.TransactionRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Security events off the request path: {@link #record} stamps the event and offers it to a
 * bounded queue, never waiting (a full queue drops it and counts the drop); one background thread
 * writes what is queued, a batch at a time, one transaction per tenant's trail. A batch the
 * database refuses is dropped and counted too, and logged once until a batch succeeds again.
 *
 * <p>Repeats of one refusal are folded ({@link RepeatedRefusals}): the first is recorded, and
 * when its window closes one more entry of the same kind, naming no request, carries the change
 * {@code repeats} from none to the number of further refusals the window counted.
 */
public final class QueuedSecurityEvents implements SecurityEvents, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(QueuedSecurityEvents.class);
  private static final int BATCH = 200;
  private static final Duration DRAIN_ON_CLOSE = Duration.ofSeconds(5);
  private static final Duration CLOSE_EVERY = Duration.ofSeconds(1);
  static final String REPEATS = "repeats";

  private final BlockingQueue<AuditEvent> queue;
  private final AuditTrail trail;
  private final TransactionRunner transactions;
  private final IdGenerator ids;
  private final Clock clock;
  private final RepeatedRefusals repeated;
  private final LongAdder written = new LongAdder();
  private final LongAdder droppedFull = new LongAdder();
  private final LongAdder droppedFailed = new LongAdder();
  private final AtomicBoolean failing = new AtomicBoolean();
  private final Thread writer;
  private volatile boolean closing;

  /**
   * @param repeatWindow how long repeats of a refusal are folded into one entry after the first;
   *     zero records each
   */
  public QueuedSecurityEvents(AuditTrail trail, TransactionRunner transactions, IdGenerator ids,
      Clock clock, int capacity, Duration repeatWindow) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.trail = trail;
    this.transactions = transactions;
    this.ids = ids;
    this.clock = clock;
    // a window per kind of refusal: as many as the queue holds events
    this.repeated = new RepeatedRefusals(repeatWindow, capacity);
    this.writer = Thread.ofPlatform().daemon().name("orders-audit-writer").unstarted(this::run);
  }

  /** Starts the writer. */
  public void start() {
    writer.start();
  }

  @Override
  public void record(SecurityEvent event) {
    Instant now = clock.instant();
    if (closing) {
      droppedFull.increment();
    } else if (repeated.admit(event, now)) {
      enqueue(entry(event, List.of(), now));
    }
  }

  /** Events stored so far. */
  public long written() {
    return written.sum();
  }

  /** Refusals counted into a later entry's {@code repeats} instead of recorded one by one. */
  public long folded() {
    return repeated.folded();
  }

  /** Events dropped because the queue was full (or the service stopping). */
  public long droppedQueueFull() {
    return droppedFull.sum();
  }

  /** Events dropped because the database refused their batch. */
  public long droppedWriteFailed() {
    return droppedFailed.sum();
  }

  /** Events waiting for the writer. */
  public int queued() {
    return queue.size();
  }

  /** Stops taking events, writes what is queued (for a few seconds at most), and stops. */
  @Override
  public void close() {
    closing = true;
    if (!writer.isAlive()) {
      return;
    }
    try {
      // the writer notices within its poll's second, then drains the queue
      writer.join(DRAIN_ON_CLOSE.plusSeconds(2));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    List<AuditEvent> batch = new ArrayList<>(BATCH);
    long lastClosing = System.nanoTime();
    while (!closing) {
      try {
        // once a second, not once a batch: a flood of distinct refusals keeps many windows open
        if (System.nanoTime() - lastClosing >= CLOSE_EVERY.toNanos()) {
          closeWindows(false);
          lastClosing = System.nanoTime();
        }
        AuditEvent first = queue.poll(1, TimeUnit.SECONDS);
        if (first != null) {
          batch.add(first);
          queue.drainTo(batch, BATCH - 1);
          write(batch);
          batch.clear();
        }
      } catch (InterruptedException stopping) {
        break;
      }
    }
    closeWindows(true);
    long deadline = System.nanoTime() + DRAIN_ON_CLOSE.toNanos();
    while (!queue.isEmpty() && System.nanoTime() < deadline) {
      queue.drainTo(batch, BATCH);
      write(batch);
      batch.clear();
    }
  }

  private void enqueue(AuditEvent entry) {
    if (!queue.offer(entry)) {
      droppedFull.increment();
    }
  }

  private AuditEvent entry(SecurityEvent event, List<FieldChange> changes, Instant now) {
    return new AuditEvent(ids.next(), event.tenant(), event.actor(), event.action(),
        event.resourceType(), event.resourceId(), changes, event.outcome(), now);
  }

  /** Queues an entry for each window of repeats closed by now (every window with {@code all}). */
  private void closeWindows(boolean all) {
    Instant now = clock.instant();
    for (RepeatedRefusals.Repeated closed : repeated.close(now, all)) {
      FieldChange count =
          FieldChange.of(REPEATS, Optional.empty(), Optional.of(Long.toString(closed.repeats())));
      enqueue(entry(closed.event(), List.of(count), now));
    }
  }

  private void write(List<AuditEvent> batch) {
    Map<String, List<AuditEvent>> byTrail = new LinkedHashMap<>();
    batch.forEach(event -> byTrail
        .computeIfAbsent(AuditChain.trail(event.tenant()), name -> new ArrayList<>()).add(event));
    byTrail.values().forEach(events -> {
      try {
        transactions.inTransaction(() -> {
          events.forEach(trail::append);
          return null;
        });
        written.add(events.size());
        if (failing.compareAndSet(true, false)) {
          log.info("security events are written again");
        }
      } catch (RuntimeException failure) {
        droppedFailed.add(events.size());
        if (failing.compareAndSet(false, true)) {
          log.atWarn().addKeyValue("error", failure.toString())
              .log("security events could not be written and were dropped; counting drops until"
                  + " writing works again");
        }
      }
    });
  }
}
