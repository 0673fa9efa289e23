package com.example.orders.bootstrap.audit;

import com.example.orders.application.audit.AuditTrail;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chains committed audit entries every {@link #INTERVAL}, as many batches as are waiting; every
 * instance runs it, and sealers of one tenant take turns in the database. A failed run is logged
 * once until one succeeds; the entries wait, committed, for the next. Closing seals once more,
 * so that what the service wrote last is chained before it stops.
 */
final class AuditSealing implements AutoCloseable {

  static final Duration INTERVAL = Duration.ofMillis(200);
  private static final int BATCH = 500;
  private static final Logger log = LoggerFactory.getLogger(AuditSealing.class);

  private final AuditTrail trail;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
      Thread.ofPlatform().daemon().name("orders-audit-sealer").factory());
  private boolean failing;

  AuditSealing(AuditTrail trail) {
    this.trail = trail;
    scheduler.scheduleWithFixedDelay(this::sealAll, INTERVAL.toMillis(), INTERVAL.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private void sealAll() {
    try {
      while (trail.seal(BATCH) >= BATCH) {
        // more wait: go on at once
      }
      if (failing) {
        failing = false;
        log.info("audit entries are chained again");
      }
    } catch (RuntimeException failure) {
      if (!failing) {
        failing = true;
        log.atWarn().addKeyValue("error", failure.toString())
            .log("audit entries could not be chained; they wait, committed, for the next run");
      }
    }
  }

  @Override
  public void close() {
    scheduler.shutdown();
    try {
      if (scheduler.awaitTermination(5, TimeUnit.SECONDS)) {
        sealAll();
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
