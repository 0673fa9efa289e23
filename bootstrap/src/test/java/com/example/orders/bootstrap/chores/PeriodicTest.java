package com.example.orders.bootstrap.chores;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A chore runs every interval until closed; a failing run is logged once, and the recovery once,
 * however many runs fail in between; a purge says how many it deleted, and nothing when none.
 */
class PeriodicTest {

  private static final Duration INTERVAL = Duration.ofMillis(10);

  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final List<Logger> loggers = List.of(
      (Logger) LoggerFactory.getLogger(Periodic.class), (Logger) LoggerFactory.getLogger(Purge.class));

  @BeforeEach
  void captureLogs() {
    logged.start();
    loggers.forEach(logger -> {
      logger.setLevel(Level.INFO);
      logger.addAppender(logged);
    });
  }

  @AfterEach
  void releaseLogs() {
    loggers.forEach(logger -> {
      logger.detachAppender(logged);
      logger.setLevel(null);
    });
  }

  @Test
  void a_chore_that_fails_for_a_while_is_logged_failing_once_and_working_again_once()
      throws InterruptedException {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch tenRuns = new CountDownLatch(10);
    Runnable flaky = () -> {
      int run = runs.incrementAndGet();
      tenRuns.countDown();
      if (run >= 2 && run <= 5) {
        throw new IllegalStateException("database away");
      }
    };

    try (Periodic chore = new Periodic("flaky", INTERVAL, flaky)) {
      chore.start();
      assertThat(tenRuns.await(10, TimeUnit.SECONDS)).as("ten runs").isTrue();
    }

    assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
        "background chore failed; retrying at the next run", "background chore works again");
    assertThat(logged.list.getFirst().getLevel()).isEqualTo(Level.WARN);
  }

  @Test
  void a_purge_logs_how_many_it_deleted_and_nothing_when_there_was_nothing()
      throws InterruptedException {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch threeRuns = new CountDownLatch(3);
    Purge purge = new Purge("expired things", () -> {
      threeRuns.countDown();
      return runs.incrementAndGet() == 1 ? 42 : 0;
    });

    try (Periodic chore = new Periodic("purge", INTERVAL, purge)) {
      chore.start();
      assertThat(threeRuns.await(10, TimeUnit.SECONDS)).as("three runs").isTrue();
    }

    assertThat(logged.list).singleElement().satisfies(event -> {
      assertThat(event.getFormattedMessage()).isEqualTo("expired things deleted");
      assertThat(event.getKeyValuePairs()).singleElement()
          .satisfies(pair -> assertThat(pair.value).isEqualTo(42L));
    });
  }
}
