package com.example.orders.adapters.persistence.contract;

import static com.example.orders.adapters.persistence.contract.UseCases.newTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.example.orders.application.order.OrderEventEnvelopes;
import com.example.orders.application.port.EventEnvelope;
import com.example.orders.application.port.Outbox;
import com.example.orders.domain.order.CancellationReason;
import com.example.orders.domain.order.OrderEvent;
import com.example.orders.domain.order.OrderEvent.OrderCancelled;
import com.example.orders.domain.order.OrderEvent.OrderCreated;
import com.example.orders.domain.order.OrderEvent.OrderPaid;
import com.example.orders.domain.order.OrderEvent.OrderPlaced;
import com.example.orders.domain.order.OrderEvent.OrderShipped;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.order.PaymentReference;
import com.example.orders.domain.shared.Money;
import com.example.orders.domain.shared.TenantId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every implementation of the {@link Outbox} port must do. */
public abstract class OutboxContract {

  private Outbox outbox;
  private UseCases useCases;
  private final TenantId tenant = newTenant();

  /** The storage to specify; the suite isolates its tests by tenant, so it may be shared. */
  protected abstract StorageUnderTest storage();

  @BeforeEach
  void wireUseCases() {
    outbox = storage().outbox();
    useCases = new UseCases(storage());
  }

  @Test
  public void appended_events_of_every_type_are_stored_with_their_identity_version_and_time() {
    List<OrderEvent> events = lifeOfOneOrder();

    outbox.append(OrderEventEnvelopes.of(events));

    assertThat(storage().committedEvents(tenant))
        .containsExactlyInAnyOrderElementsOf(events.stream().map(StoredEvent::of).toList());
  }

  @Test
  public void the_use_cases_leave_one_event_per_state_change_in_the_outbox() {
    OrderId shipped = useCases.shipped(tenant).id();
    OrderId cancelled = useCases.cancelled(tenant).id();

    assertThat(storage().committedEvents(tenant))
        .filteredOn(event -> event.aggregateId().equals(shipped.value()))
        .extracting(StoredEvent::type, StoredEvent::version)
        .containsExactlyInAnyOrder(
            tuple("order.created", 1L),
            tuple("order.placed", 2L),
            tuple("order.paid", 3L),
            tuple("order.shipped", 4L));
    assertThat(storage().committedEvents(tenant))
        .filteredOn(event -> event.aggregateId().equals(cancelled.value()))
        .extracting(StoredEvent::type)
        .containsExactlyInAnyOrder("order.created", "order.placed", "order.cancelled");
  }

  @Test
  public void appending_no_events_stores_nothing() {
    outbox.append(List.of());

    assertThat(storage().committedEvents(tenant)).isEmpty();
  }

  @Test
  public void events_appended_in_a_transaction_that_rolls_back_are_not_stored() {
    RuntimeException failure = new IllegalStateException("the change failed after its events");

    assertThatThrownBy(() -> storage().transactions().inTransaction(() -> {
      outbox.append(OrderEventEnvelopes.of(lifeOfOneOrder()));
      throw failure;
    })).isSameAs(failure);

    assertThat(storage().committedEvents(tenant)).isEmpty();
  }

  @Test
  public void an_event_id_appended_twice_is_rejected_with_the_rest_of_its_batch() {
    List<OrderEvent> events = lifeOfOneOrder();
    OrderEvent first = events.getFirst();
    outbox.append(List.of(OrderEventEnvelopes.of(first)));

    assertThatThrownBy(() -> outbox.append(OrderEventEnvelopes.of(events)))
        .isInstanceOf(IllegalStateException.class);

    assertThat(storage().committedEvents(tenant)).containsExactly(StoredEvent.of(first));
  }

  @Test
  public void an_event_of_any_feature_is_stored_with_its_aggregate_type_schema_and_payload() {
    EventEnvelope invoiced = new EventEnvelope(useCases.ids.next(), "invoice.issued", "invoice",
        useCases.ids.next(), tenant, 1, useCases.clock.instant(), 2,
        Map.of("number", "2026-0042", "lines", List.of(Map.of("amountMinor", 1_250L)),
            "final", true));

    outbox.append(List.of(invoiced));

    assertThat(storage().committedEvents(tenant)).containsExactly(StoredEvent.of(invoiced));
  }

  /** One event of each type for one order, as the aggregate would record them. */
  private List<OrderEvent> lifeOfOneOrder() {
    OrderId order = new OrderId(useCases.ids.next());
    Money total = new Money(3_000, UseCases.EUR);
    return List.of(
        new OrderCreated(useCases.ids.next(), tenant, order, 1, useCases.clock.instant()),
        new OrderPlaced(useCases.ids.next(), tenant, order, 2, useCases.clock.instant(), total),
        new OrderPaid(useCases.ids.next(), tenant, order, 3, useCases.clock.instant(),
            new PaymentReference("psp-42")),
        new OrderShipped(useCases.ids.next(), tenant, order, 4, useCases.clock.instant()),
        new OrderCancelled(useCases.ids.next(), tenant, order, 5, useCases.clock.instant(),
            new CancellationReason("test of every type")));
  }
}
