package com.example.orders.adapters.persistence.contract;

import static com.example.orders.adapters.persistence.contract.UseCases.newTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.application.port.EventEnvelope;
import com.example.orders.application.port.PendingEvents;
import com.example.orders.application.port.PendingEvents.Backlog;
import com.example.orders.domain.shared.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the {@link PendingEvents} port must do. Claims see every tenant,
 * so each test starts from an outbox with nothing pending.
 */
public abstract class PendingEventsContract {

  private static final Duration LONG_WAIT = Duration.ofSeconds(20);

  private final TenantId tenant = newTenant();
  private PendingEvents pending;
  private UseCases useCases;

  /** The storage to specify; one per test class is enough. */
  protected abstract StorageUnderTest storage();

  @BeforeEach
  void startWithNothingPending() {
    pending = storage().pendingEvents();
    useCases = new UseCases(storage());
    while (pending.publishOldest(1_000, PendingEventsContract::all) > 0) {
      // every pending event of earlier tests is now published
    }
  }

  @Test
  public void a_claim_hands_out_pending_events_oldest_first_and_marks_only_those_confirmed() {
    List<EventEnvelope> appended = append(5);
    List<List<UUID>> claims = new ArrayList<>();

    int first = pending.publishOldest(3, batch -> {
      claims.add(ids(batch));
      return Set.of(batch.get(0).id(), batch.get(2).id());
    });
    int second = pending.publishOldest(10, batch -> {
      claims.add(ids(batch));
      return Set.copyOf(ids(batch));
    });

    assertThat(first).isEqualTo(3);
    assertThat(second).isEqualTo(3);
    assertThat(claims).containsExactly(
        ids(appended.subList(0, 3)),
        List.of(appended.get(1).id(), appended.get(3).id(), appended.get(4).id()));
    assertThat(pending.backlog()).isEqualTo(Backlog.EMPTY);
  }

  @Test
  public void claimed_events_arrive_as_they_were_appended() {
    EventEnvelope event = append(1).getFirst();
    List<EventEnvelope> claimed = new ArrayList<>();

    pending.publishOldest(10, batch -> {
      claimed.addAll(batch);
      return Set.of();
    });

    assertThat(claimed).containsExactly(event);
  }

  @Test
  public void when_publishing_fails_every_claimed_event_stays_pending() {
    List<EventEnvelope> appended = append(2);
    RuntimeException brokerGone = new IllegalStateException("channel closed");

    assertThatThrownBy(() -> pending.publishOldest(10, batch -> {
      throw brokerGone;
    })).isSameAs(brokerGone);

    assertThat(pending.backlog())
        .isEqualTo(new Backlog(2, Optional.of(appended.getFirst().occurredAt())));
  }

  @Test
  public void a_second_claim_skips_the_events_a_running_claim_holds() throws Exception {
    List<EventEnvelope> appended = append(4);
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<List<UUID>> firstClaim = CompletableFuture.supplyAsync(() -> {
      List<UUID> claimed = new ArrayList<>();
      pending.publishOldest(2, batch -> {
        claimed.addAll(ids(batch));
        holding.countDown();
        await(release);
        return Set.copyOf(claimed);
      });
      return claimed;
    });
    assertThat(holding.await(LONG_WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

    List<UUID> secondClaim = new ArrayList<>();
    pending.publishOldest(10, batch -> {
      secondClaim.addAll(ids(batch));
      return Set.copyOf(secondClaim);
    });
    release.countDown();

    assertThat(firstClaim.get(LONG_WAIT.toSeconds(), TimeUnit.SECONDS))
        .containsExactlyElementsOf(ids(appended.subList(0, 2)));
    assertThat(secondClaim).containsExactlyElementsOf(ids(appended.subList(2, 4)));
    assertThat(pending.backlog().pending()).isZero();
  }

  @Test
  public void a_waiting_relay_is_woken_when_events_commit() throws Exception {
    pending.awaitAppended(Duration.ofMillis(1));
    pending.awaitAppended(Duration.ofMillis(1));
    CompletableFuture<Long> woken = CompletableFuture.supplyAsync(() -> {
      long start = System.nanoTime();
      try {
        pending.awaitAppended(LONG_WAIT);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      return System.nanoTime() - start;
    });
    Thread.sleep(200);

    append(1);

    assertThat(Duration.ofNanos(woken.get(LONG_WAIT.toSeconds() * 2, TimeUnit.SECONDS)))
        .isLessThan(LONG_WAIT);
  }

  @Test
  public void purging_deletes_published_events_older_than_the_cutoff_and_keeps_pending_ones() {
    append(3);
    pending.publishOldest(2, PendingEventsContract::all);

    int purged = pending.purgePublishedBefore(Instant.now().plus(Duration.ofMinutes(1)));
    int purgedAgain = pending.purgePublishedBefore(Instant.now().plus(Duration.ofMinutes(1)));

    assertThat(purged).isGreaterThanOrEqualTo(2);
    assertThat(purgedAgain).isZero();
    assertThat(pending.backlog().pending()).isEqualTo(1);
  }

  @Test
  public void purging_keeps_events_published_after_the_cutoff() {
    append(2);
    pending.publishOldest(10, PendingEventsContract::all);

    int purged = pending.purgePublishedBefore(Instant.now().minus(Duration.ofHours(1)));

    assertThat(purged).isZero();
  }

  @Test
  public void the_backlog_of_an_outbox_with_nothing_pending_is_empty() {
    assertThat(pending.backlog()).isEqualTo(Backlog.EMPTY);
  }

  @Test
  public void a_delayed_event_is_neither_claimed_nor_backlog_before_its_time() {
    EventEnvelope later = event(1);
    EventEnvelope due = event(1);
    storage().outbox().append(List.of(later), Instant.now().plus(Duration.ofHours(1)));
    storage().outbox().append(List.of(due), Instant.now().minusSeconds(1));
    List<UUID> claimed = new ArrayList<>();

    pending.publishOldest(100, batch -> {
      claimed.addAll(ids(batch));
      return all(batch);
    });

    assertThat(claimed).containsExactly(due.id());
    assertThat(pending.backlog()).isEqualTo(Backlog.EMPTY);
  }

  private EventEnvelope event(long version) {
    return new EventEnvelope(useCases.ids.next(), "task.later", "task", useCases.ids.next(),
        tenant, version, useCases.clock.instant(), 1, Map.of());
  }

  private List<EventEnvelope> append(int count) {
    List<EventEnvelope> events = IntStream.range(0, count)
        .mapToObj(index -> new EventEnvelope(useCases.ids.next(), "thing.happened", "thing",
            useCases.ids.next(), tenant, index + 1, useCases.clock.instant(), 1,
            Map.of("index", (long) index)))
        .toList();
    storage().outbox().append(events);
    return events;
  }

  private static Set<UUID> all(List<EventEnvelope> batch) {
    return batch.stream().map(EventEnvelope::id).collect(Collectors.toSet());
  }

  private static List<UUID> ids(List<EventEnvelope> events) {
    return events.stream().map(EventEnvelope::id).toList();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(LONG_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
