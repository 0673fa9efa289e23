package com.example.orders.bootstrap.observability;

import com.example.orders.bootstrap.config.HealthConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Runs every {@link HealthCheck} in the background, one round per interval, and keeps the latest
 * outcomes: the health endpoints answer from them at once, whatever the dependencies do, instead
 * of waiting for a probe of a dead database on every call. A change of outcome is logged once.
 */
public final class HealthMonitor implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(HealthMonitor.class);

  /** The latest outcome of one check, and when it was taken. */
  public record Outcome(HealthCheck check, boolean up, Instant checkedAt) {

    /** How old this outcome is at {@code now}. */
    public Duration age(Instant now) {
      return Duration.between(checkedAt, now);
    }
  }

  private final List<HealthCheck> checks;
  private final HealthConfig config;
  private final Clock clock;
  private final AtomicReference<List<Outcome>> latest = new AtomicReference<>();
  private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(
      Thread.ofPlatform().name("orders-health").daemon().factory());

  public HealthMonitor(List<HealthCheck> checks, HealthConfig config, Clock clock) {
    this.checks = checks.stream().sorted(Comparator.comparing(HealthCheck::name)).toList();
    this.config = config;
    this.clock = clock;
  }

  /**
   * Runs a first round now, so that readiness answers from a real outcome from the start, then
   * one round per interval until {@link #close()}.
   */
  public void start() {
    checkAll();
    long pause = config.interval().toNanos();
    schedule.scheduleWithFixedDelay(this::checkAll, pause, pause, TimeUnit.NANOSECONDS);
  }

  /** The latest outcome of every check, sorted by name; empty before {@link #start()}. */
  public List<Outcome> outcomes() {
    List<Outcome> outcomes = latest.get();
    return outcomes == null ? List.of() : outcomes;
  }

  /** The clock the outcomes were taken by, to tell their age. */
  public Instant now() {
    return clock.instant();
  }

  @Override
  public void close() {
    schedule.shutdownNow();
  }

  private void checkAll() {
    List<Outcome> previous = outcomes();
    List<Outcome> outcomes = checks.stream().map(this::check).toList();
    for (Outcome outcome : outcomes) {
      boolean wasUp = previous.stream()
          .filter(before -> before.check().equals(outcome.check()))
          .findFirst().map(Outcome::up).orElse(true);
      if (wasUp != outcome.up()) {
        log.atLevel(outcome.up() ? Level.INFO : Level.WARN)
            .addKeyValue("check", outcome.check().name())
            .addKeyValue("up", outcome.up())
            .log("health check {} is now {}", outcome.check().name(),
                outcome.up() ? "UP" : "DOWN");
      }
    }
    latest.set(outcomes);
  }

  private Outcome check(HealthCheck check) {
    boolean up;
    try {
      up = check.probe().getAsBoolean();
    } catch (RuntimeException failure) {
      // a probe should not throw; if one does, the dependency is not known to work
      log.warn("health check {} failed: {}", check.name(), failure.toString());
      up = false;
    }
    return new Outcome(check, up, clock.instant());
  }
}
