package com.example.orders.adapters.persistence.contract;

import static com.example.orders.adapters.persistence.contract.UseCases.line;
import static com.example.orders.adapters.persistence.contract.UseCases.newTenant;
import static com.example.orders.adapters.persistence.contract.UseCases.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.application.order.OrderEventEnvelopes;
import com.example.orders.application.order.VersionMismatchException;
import com.example.orders.application.port.ConcurrentModificationException;
import com.example.orders.application.port.Orders;
import com.example.orders.application.port.Outbox;
import com.example.orders.application.port.TransactionRunner;
import com.example.orders.domain.order.CancellationReason;
import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderEvent;
import com.example.orders.domain.order.OrderLine;
import com.example.orders.domain.shared.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** What every {@link TransactionRunner} must do for the repositories that join its transactions. */
public abstract class TransactionContract {

  private Orders orders;
  private Outbox outbox;
  private TransactionRunner transactions;
  private UseCases useCases;
  private final TenantId tenant = newTenant();

  /** The storage to specify; the suite isolates its tests by tenant, so it may be shared. */
  protected abstract StorageUnderTest storage();

  @BeforeEach
  void wireUseCases() {
    orders = storage().orders();
    outbox = storage().outbox();
    transactions = storage().transactions();
    useCases = new UseCases(storage());
  }

  @Test
  public void an_order_and_its_events_commit_together_and_the_work_result_is_returned() {
    Order order = useCases.unsavedDraft(tenant, line("BOOK-1", 1, 100));
    List<OrderEvent> events = order.pullEvents();

    Order returned = transactions.inTransaction(() -> {
      orders.add(order);
      outbox.append(OrderEventEnvelopes.of(events));
      return order;
    });

    assertThat(returned).isSameAs(order);
    assertThat(orders.find(tenant, order.id())).isPresent();
    assertThat(storage().committedEvents(tenant))
        .containsExactlyElementsOf(events.stream().map(StoredEvent::of).toList());
  }

  @Test
  public void an_exception_rolls_back_the_order_and_its_events_and_is_rethrown_unchanged() {
    Order order = useCases.unsavedDraft(tenant, line("BOOK-1", 1, 100));
    RuntimeException failure = new IllegalStateException("the payment provider said no");

    assertThatThrownBy(() -> transactions.inTransaction(() -> {
      orders.add(order);
      outbox.append(OrderEventEnvelopes.of(order.pullEvents()));
      throw failure;
    })).isSameAs(failure);

    assertThat(orders.find(tenant, order.id())).isEmpty();
    assertThat(storage().committedEvents(tenant)).isEmpty();
  }

  @Test
  public void a_change_is_atomic_across_both_repositories_when_the_second_fails() {
    Order order = useCases.draft(tenant, line("BOOK-1", 1, 100));
    List<StoredEvent> eventsBefore = storage().committedEvents(tenant);
    Order changed = orders.find(tenant, order.id()).orElseThrow();
    changed.place(useCases.stamp());
    // an event id already in the outbox: the outbox refuses the batch after the order was written
    OrderEvent clashing = new OrderEvent.OrderPlaced(eventsBefore.getFirst().eventId(), tenant,
        order.id(), 2, useCases.clock.instant(), changed.total());

    assertThatThrownBy(() -> transactions.inTransaction(() -> {
      orders.update(changed, 1);
      outbox.append(List.of(OrderEventEnvelopes.of(clashing)));
      return null;
    })).isInstanceOf(IllegalStateException.class);

    assertThat(orders.find(tenant, order.id())).map(Order::snapshot).contains(order.snapshot());
    assertThat(storage().committedEvents(tenant)).isEqualTo(eventsBefore);
  }

  @Test
  public void work_inside_a_transaction_sees_its_own_writes() {
    Order order = useCases.unsavedDraft(tenant);

    Optional<Order> seenInside = transactions.inTransaction(() -> {
      orders.add(order);
      return orders.find(tenant, order.id());
    });

    assertThat(seenInside).map(Order::snapshot).contains(order.snapshot());
  }

  @Test
  public void a_listing_inside_a_transaction_includes_its_own_uncommitted_changes() {
    Order committed = useCases.draft(tenant);
    Order added = useCases.unsavedDraft(tenant);

    List<Order> listedInside = transactions.inTransaction(() -> {
      orders.add(added);
      return orders.list(tenant, Optional.empty(), Optional.empty(), 10);
    });

    assertThat(listedInside).extracting(Order::id).containsExactly(added.id(), committed.id());
  }

  @Test
  public void uncommitted_writes_are_invisible_to_other_threads() {
    Order order = useCases.unsavedDraft(tenant);

    Optional<Order> seenByOthers = transactions.inTransaction(() -> {
      orders.add(order);
      return onAnotherThread(() -> orders.find(tenant, order.id()));
    });

    assertThat(seenByOthers).isEmpty();
    assertThat(orders.find(tenant, order.id())).isPresent();
  }

  @Test
  public void a_nested_transaction_joins_the_outer_one_and_rolls_back_with_it() {
    Order order = useCases.unsavedDraft(tenant);
    RuntimeException failure = new IllegalStateException("the outer work failed");

    assertThatThrownBy(() -> transactions.inTransaction(() -> {
      transactions.inTransaction(() -> {
        orders.add(order);
        return null;
      });
      throw failure;
    })).isSameAs(failure);

    assertThat(orders.find(tenant, order.id())).isEmpty();
  }

  @RepeatedTest(5)
  public void of_two_concurrent_updates_from_one_version_exactly_one_wins() throws Exception {
    Order order = useCases.draft(tenant, line("BOOK-1", 1, 100));
    Order placing = orders.find(tenant, order.id()).orElseThrow();
    Order cancelling = orders.find(tenant, order.id()).orElseThrow();
    placing.place(useCases.stamp());
    cancelling.cancel(new CancellationReason("found it cheaper"), useCases.stamp());
    List<OrderEvent> placingEvents = placing.pullEvents();
    List<OrderEvent> cancellingEvents = cancelling.pullEvents();
    CyclicBarrier bothReady = new CyclicBarrier(2);

    List<Outcome> outcomes;
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<Outcome> placed = threads.submit(save(placing, placingEvents, bothReady));
      Future<Outcome> cancelled = threads.submit(save(cancelling, cancellingEvents, bothReady));
      outcomes = List.of(placed.get(), cancelled.get());
    }

    assertThat(outcomes).filteredOn(Outcome::won).hasSize(1);
    assertThat(outcomes).filteredOn(outcome -> !outcome.won())
        .singleElement()
        .extracting(Outcome::failure)
        .isInstanceOf(ConcurrentModificationException.class);
    boolean placingWon = outcomes.getFirst().won();
    Order winner = placingWon ? placing : cancelling;
    List<OrderEvent> winnerEvents = placingWon ? placingEvents : cancellingEvents;
    assertThat(orders.find(tenant, order.id())).map(Order::snapshot).contains(winner.snapshot());
    assertThat(storage().committedEvents(tenant))
        .filteredOn(event -> event.version() == 2)
        .containsExactlyElementsOf(winnerEvents.stream().map(StoredEvent::of).toList());
  }

  @Test
  public void concurrent_changes_retried_after_a_conflict_lose_nothing() throws Exception {
    int writers = 6;
    Order order = useCases.draft(tenant);

    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> done = new ArrayList<>();
      for (int writer = 0; writer < writers; writer++) {
        OrderLine line = line("SKU-" + writer, writer + 1, 100);
        done.add(threads.submit(() -> addLineRetryingOnConflict(order, line)));
      }
      for (Future<?> writer : done) {
        writer.get();
      }
    }

    Order stored = orders.find(tenant, order.id()).orElseThrow();
    assertThat(stored.version()).isEqualTo(1 + writers);
    assertThat(stored.lines()).extracting(OrderLine::quantity)
        .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, writers).boxed().toList());
  }

  private void addLineRetryingOnConflict(Order order, OrderLine line) {
    while (true) {
      Order current = orders.find(tenant, order.id()).orElseThrow();
      try {
        useCases.addLine.addLine(ref(current), line);
        return;
      } catch (ConcurrentModificationException | VersionMismatchException lostTheRace) {
        // another writer committed first: go round, re-read its result and add the line on top
      }
    }
  }

  private Callable<Outcome> save(Order changed, List<OrderEvent> events, CyclicBarrier start) {
    return () -> {
      start.await();
      try {
        transactions.inTransaction(() -> {
          orders.update(changed, 1);
          outbox.append(OrderEventEnvelopes.of(events));
          return null;
        });
        return new Outcome(true, null);
      } catch (RuntimeException failure) {
        return new Outcome(false, failure);
      }
    };
  }

  private static <T> T onAnotherThread(Callable<T> work) {
    try (ExecutorService other = Executors.newVirtualThreadPerTaskExecutor()) {
      return other.submit(work).get();
    } catch (InterruptedException | ExecutionException failure) {
      throw new AssertionError("the other thread failed", failure);
    }
  }

  /** How one of two racing saves ended: won, or lost with the exception it got. */
  private record Outcome(boolean won, RuntimeException failure) {}

  @Test
  public void after_commit_actions_run_once_the_outermost_transaction_has_committed() {
    List<String> seen = new ArrayList<>();

    transactions.inTransaction(() -> transactions.inTransaction(() -> {
      transactions.afterCommit(() -> seen.add("committed"));
      seen.add("inner work done");
      return null;
    }));

    assertThat(seen).containsExactly("inner work done", "committed");
  }

  @Test
  public void after_commit_actions_never_run_when_the_transaction_rolls_back() {
    List<String> seen = new ArrayList<>();

    assertThatThrownBy(() -> transactions.inTransaction(() -> {
      transactions.afterCommit(() -> seen.add("committed"));
      throw new IllegalStateException("the work failed");
    })).hasMessage("the work failed");

    assertThat(seen).isEmpty();
  }

  @Test
  public void an_after_commit_action_outside_a_transaction_runs_at_once() {
    List<String> seen = new ArrayList<>();

    transactions.afterCommit(() -> seen.add("ran"));

    assertThat(seen).containsExactly("ran");
  }
}
