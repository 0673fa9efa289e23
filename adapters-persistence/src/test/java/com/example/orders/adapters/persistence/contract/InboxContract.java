package com.example.orders.adapters.persistence.contract;

import static com.example.orders.adapters.persistence.contract.UseCases.newTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.application.port.EventEnvelope;
import com.example.orders.application.port.Inbox;
import com.example.orders.application.port.Inbox.Arrival;
import com.example.orders.domain.shared.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every implementation of the {@link Inbox} port must do. */
public abstract class InboxContract {

  private final TenantId tenant = newTenant();
  private Inbox inbox;
  private UseCases useCases;

  /** The storage to specify; the suite isolates its tests by event ids, so it may be shared. */
  protected abstract StorageUnderTest storage();

  @BeforeEach
  void wire() {
    inbox = storage().inbox();
    useCases = new UseCases(storage());
  }

  @Test
  public void an_event_arrives_first_once_and_as_a_repeat_after_that() {
    EventEnvelope placed = event(UUID.randomUUID(), 2);

    Arrival first = inbox.record("notifications", placed);
    Arrival again = inbox.record("notifications", placed);

    assertThat(first).isEqualTo(Arrival.FIRST);
    assertThat(again).isEqualTo(Arrival.REPEAT);
  }

  @Test
  public void a_record_rolled_back_with_the_handlers_failure_leaves_the_retry_first() {
    EventEnvelope placed = event(UUID.randomUUID(), 2);
    RuntimeException mailDown = new IllegalStateException("the mail relay is down");

    assertThatThrownBy(() -> storage().transactions().inTransaction(() -> {
      inbox.record("notifications", placed);
      throw mailDown;
    })).isSameAs(mailDown);

    assertThat(inbox.record("notifications", placed)).isEqualTo(Arrival.FIRST);
  }

  @Test
  public void an_event_older_than_one_handled_for_its_aggregate_is_stale() {
    UUID order = UUID.randomUUID();
    inbox.record("notifications", event(order, 3));

    Arrival older = inbox.record("notifications", event(order, 2));
    Arrival newer = inbox.record("notifications", event(order, 4));

    assertThat(older).isEqualTo(Arrival.STALE);
    assertThat(newer).isEqualTo(Arrival.FIRST);
  }

  @Test
  public void each_consumer_has_an_inbox_of_its_own() {
    EventEnvelope placed = event(UUID.randomUUID(), 2);
    inbox.record("notifications", placed);

    assertThat(inbox.record("audit", placed)).isEqualTo(Arrival.FIRST);
  }

  @Test
  public void purging_deletes_what_was_handled_before_the_cutoff_so_it_would_arrive_first_again() {
    EventEnvelope placed = event(UUID.randomUUID(), 2);
    inbox.record("notifications", placed);

    int purged = inbox.purgeHandledBefore(Instant.now().plus(Duration.ofMinutes(1)));

    assertThat(purged).isPositive();
    assertThat(inbox.record("notifications", placed)).isEqualTo(Arrival.FIRST);
  }

  @Test
  public void purging_keeps_what_was_handled_after_the_cutoff() {
    EventEnvelope placed = event(UUID.randomUUID(), 2);
    inbox.record("notifications", placed);

    inbox.purgeHandledBefore(Instant.now().minus(Duration.ofHours(1)));

    assertThat(inbox.record("notifications", placed)).isEqualTo(Arrival.REPEAT);
  }

  private EventEnvelope event(UUID order, long version) {
    return new EventEnvelope(useCases.ids.next(), "order.placed", "order", order, tenant, version,
        useCases.clock.instant(), 1, Map.of("orderId", order.toString()));
  }
}
