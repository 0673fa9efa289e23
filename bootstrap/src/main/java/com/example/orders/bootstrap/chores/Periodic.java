package com.example.orders.bootstrap.chores;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A chore run on a daemon thread of its own every interval, the first time one interval after
 * the start (when the database is migrated and the consumers' queues exist). A failed run
 * (database or broker away) is logged once per change, at WARN, and the next run tries again.
 */
public final class Periodic implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Periodic.class);

  private final String name;
  private final Duration interval;
  private final Runnable chore;
  private final ScheduledExecutorService scheduler;
  private boolean failing; // only touched by the scheduler's thread

  public Periodic(String name, Duration interval, Runnable chore) {
    this.name = name;
    this.interval = interval;
    this.chore = chore;
    this.scheduler = Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().daemon().name("orders-" + name).factory());
  }

  public void start() {
    scheduler.scheduleWithFixedDelay(this::runOnce, interval.toMillis(), interval.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private void runOnce() {
    try {
      chore.run();
      if (failing) {
        log.atInfo().addKeyValue("chore", name).log("background chore works again");
        failing = false;
      }
    } catch (RuntimeException failure) {
      if (!failing) {
        log.atWarn().addKeyValue("chore", name).addKeyValue("error", failure.toString())
            .log("background chore failed; retrying at the next run");
        failing = true;
      }
    }
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
