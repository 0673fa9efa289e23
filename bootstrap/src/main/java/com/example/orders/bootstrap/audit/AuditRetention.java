package com.example.orders.bootstrap.audit;

import com.example.orders.application.audit.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes audit entries older than the retention, every {@link #INTERVAL}; each trail's anchor
 * moves with it, so what is kept still verifies. Every instance runs it; a purge of rows already
 * gone is harmless. A failed run is logged and the next one tries again.
 */
public final class AuditRetention implements AutoCloseable {

  static final Duration INTERVAL = Duration.ofHours(1);
  private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
      Thread.ofPlatform().daemon().name("orders-audit-retention").factory());

  public AuditRetention(AuditTrail trail, Duration retention, Clock clock) {
    scheduler.scheduleWithFixedDelay(() -> purge(trail, retention, clock),
        INTERVAL.toSeconds(), INTERVAL.toSeconds(), TimeUnit.SECONDS);
  }

  private static void purge(AuditTrail trail, Duration retention, Clock clock) {
    try {
      long purged = trail.purgeBefore(clock.instant().minus(retention));
      log.atDebug().addKeyValue("purged", purged).log("audit entries past retention deleted");
    } catch (RuntimeException failure) {
      log.atWarn().addKeyValue("error", failure.getClass().getSimpleName())
          .log("audit entries past retention could not be deleted; retrying at the next run");
    }
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
