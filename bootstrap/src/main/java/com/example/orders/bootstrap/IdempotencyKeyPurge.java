package com.example.orders.bootstrap;

import com.example.orders.application.idempotency.IdempotentRequests;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired idempotency keys in the background, every {@link #INTERVAL}. Every instance
 * runs it; a delete of rows already gone is harmless. A failed run (database down) is logged and
 * the next one tries again.
 */
final class IdempotencyKeyPurge implements AutoCloseable {

  static final Duration INTERVAL = Duration.ofMinutes(10);
  private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyPurge.class);

  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
      Thread.ofPlatform().daemon().name("orders-idempotency-purge").factory());

  IdempotencyKeyPurge(IdempotentRequests requests) {
    scheduler.scheduleWithFixedDelay(() -> purge(requests), INTERVAL.toSeconds(),
        INTERVAL.toSeconds(), TimeUnit.SECONDS);
  }

  private static void purge(IdempotentRequests requests) {
    try {
      int purged = requests.purgeExpired();
      log.atDebug().addKeyValue("purged", purged).log("expired idempotency keys deleted");
    } catch (RuntimeException failure) {
      log.atWarn().addKeyValue("error", failure.getClass().getSimpleName())
          .log("expired idempotency keys could not be deleted; retrying at the next run");
    }
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
