package com.example.orders.adapters.persistence.contract;

import static com.example.orders.adapters.persistence.contract.UseCases.line;
import static com.example.orders.adapters.persistence.contract.UseCases.newTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.application.order.ListOrders;
import com.example.orders.application.order.PageCursor;
import com.example.orders.application.port.ConcurrentModificationException;
import com.example.orders.application.port.Orders;
import com.example.orders.domain.order.CancellationReason;
import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.order.OrderLine;
import com.example.orders.domain.order.OrderStatus;
import com.example.orders.domain.shared.Money;
import com.example.orders.domain.shared.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every implementation of the {@link Orders} port must do. */
public abstract class OrdersContract {

  private Orders orders;
  private UseCases useCases;
  private final TenantId tenant = newTenant();

  /** The storage to specify; the suite isolates its tests by tenant, so it may be shared. */
  protected abstract StorageUnderTest storage();

  @BeforeEach
  void wireUseCases() {
    orders = storage().orders();
    useCases = new UseCases(storage());
  }

  @Test
  public void an_added_order_is_found_exactly_as_it_was() {
    Order order = useCases.unsavedDraft(tenant, line("BOOK-1", 2, 1_500));

    orders.add(order);

    assertThat(orders.find(tenant, order.id())).map(Order::snapshot).contains(order.snapshot());
  }

  @Test
  public void an_order_that_was_never_added_is_not_found() {
    assertThat(orders.find(tenant, new OrderId(useCases.ids.next()))).isEmpty();
  }

  @Test
  public void another_tenants_order_is_not_found() {
    Order order = useCases.draft(tenant);

    assertThat(orders.find(newTenant(), order.id())).isEmpty();
  }

  @Test
  public void adding_an_order_whose_id_is_taken_is_rejected_and_keeps_the_first() {
    Order first = useCases.draft(tenant, line("BOOK-1", 1, 100));
    Order second = UseCases.withId(useCases.unsavedDraft(tenant), first.id());

    assertThatThrownBy(() -> orders.add(second))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(first.id().toString());
    assertThat(orders.find(tenant, first.id())).map(Order::snapshot).contains(first.snapshot());
  }

  @Test
  public void lines_round_trip_exactly_in_their_order() {
    List<OrderLine> lines = List.of(
        line("ZETA-9", OrderLine.MAX_QUANTITY, 1),
        line("ALPHA-1", 1, 0),
        line("MIDDLE-5", 3, Money.MAX_AMOUNT_MINOR / OrderLine.MAX_QUANTITY));
    Order order = useCases.unsavedDraft(tenant, lines.toArray(OrderLine[]::new));

    orders.add(order);

    assertThat(orders.find(tenant, order.id()).orElseThrow().lines()).isEqualTo(lines);
  }

  @Test
  public void every_status_round_trips_with_its_payment_or_cancellation_details() {
    Order shipped = useCases.shipped(tenant);
    Order cancelled = useCases.cancelled(tenant);
    List<Order> stored = List.of(
        useCases.draft(tenant), useCases.placed(tenant), useCases.paid(tenant), shipped, cancelled);

    assertThat(stored).allSatisfy(order -> assertThat(orders.find(tenant, order.id()))
        .map(Order::snapshot).contains(order.snapshot()));
    assertThat(orders.find(tenant, shipped.id()).orElseThrow().snapshot().paymentReference())
        .isEqualTo(shipped.snapshot().paymentReference())
        .isPresent();
    assertThat(orders.find(tenant, cancelled.id()).orElseThrow().snapshot().cancellationReason())
        .contains(new CancellationReason("changed my mind"));
  }

  @Test
  public void an_update_from_the_stored_version_is_stored() {
    Order order = useCases.draft(tenant, line("BOOK-1", 1, 100));
    Order changed = orders.find(tenant, order.id()).orElseThrow();
    changed.place(useCases.stamp());

    orders.update(changed, 1);

    Order stored = orders.find(tenant, order.id()).orElseThrow();
    assertThat(stored.snapshot()).isEqualTo(changed.snapshot());
    assertThat(stored.version()).isEqualTo(2);
  }

  @Test
  public void an_update_from_a_stale_version_is_rejected_and_keeps_the_stored_order() {
    Order order = useCases.draft(tenant, line("BOOK-1", 1, 100));
    Order first = orders.find(tenant, order.id()).orElseThrow();
    Order second = orders.find(tenant, order.id()).orElseThrow();
    first.place(useCases.stamp());
    orders.update(first, 1);
    second.cancel(new CancellationReason("too slow"), useCases.stamp());

    assertThatThrownBy(() -> orders.update(second, 1))
        .isInstanceOf(ConcurrentModificationException.class)
        .hasMessageContaining(order.id().toString());
    assertThat(orders.find(tenant, order.id())).map(Order::snapshot).contains(first.snapshot());
  }

  @Test
  public void updating_an_order_that_was_never_added_is_rejected() {
    Order order = useCases.unsavedDraft(tenant, line("BOOK-1", 1, 100));
    order.place(useCases.stamp());

    assertThatThrownBy(() -> orders.update(order, 1))
        .isInstanceOf(ConcurrentModificationException.class);
    assertThat(orders.find(tenant, order.id())).isEmpty();
  }

  @Test
  public void orders_are_listed_newest_first() {
    List<OrderId> created = createDrafts(4);

    assertThat(ids(orders.list(tenant, Optional.empty(), Optional.empty(), 10)))
        .containsExactlyElementsOf(created.reversed());
  }

  @Test
  public void a_listing_holds_at_most_the_limit_taking_the_newest() {
    List<OrderId> created = createDrafts(5);

    assertThat(ids(orders.list(tenant, Optional.empty(), Optional.empty(), 2)))
        .containsExactly(created.get(4), created.get(3));
  }

  @Test
  public void a_listing_starts_strictly_after_the_given_order() {
    List<OrderId> created = createDrafts(4);

    assertThat(ids(orders.list(tenant, Optional.empty(), Optional.of(created.get(2)), 10)))
        .containsExactly(created.get(1), created.get(0));
  }

  @Test
  public void a_status_filter_lists_only_orders_in_that_status() {
    useCases.draft(tenant);
    Order firstPlaced = useCases.placed(tenant);
    useCases.paid(tenant);
    Order secondPlaced = useCases.placed(tenant);

    assertThat(ids(orders.list(tenant, Optional.of(OrderStatus.PLACED), Optional.empty(), 10)))
        .containsExactly(secondPlaced.id(), firstPlaced.id());
    assertThat(orders.list(tenant, Optional.of(OrderStatus.SHIPPED), Optional.empty(), 10))
        .isEmpty();
  }

  @Test
  public void a_listing_shows_only_the_tenants_own_orders() {
    List<OrderId> own = createDrafts(2);
    useCases.draft(newTenant());

    assertThat(ids(orders.list(tenant, Optional.empty(), Optional.empty(), 10)))
        .containsExactlyElementsOf(own.reversed());
  }

  @Test
  public void keyset_pages_cover_every_order_exactly_once_newest_first() {
    List<OrderId> created = createDrafts(7);
    List<OrderId> seen = new ArrayList<>();
    Optional<PageCursor> cursor = Optional.empty();
    int pages = 0;

    do {
      ListOrders.Page page = useCases.list.list(
          new ListOrders.Query(tenant, Optional.empty(), cursor, 3));
      seen.addAll(ids(page.items()));
      cursor = page.next();
      pages++;
    } while (cursor.isPresent());

    assertThat(seen).containsExactlyElementsOf(created.reversed());
    assertThat(pages).isEqualTo(3);
  }

  @Test
  public void keyset_pages_with_a_status_filter_cover_every_matching_order_exactly_once() {
    List<OrderId> placed = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      placed.add(useCases.placed(tenant).id());
      useCases.draft(tenant);
    }
    List<OrderId> seen = new ArrayList<>();
    Optional<OrderId> after = Optional.empty();
    List<Order> page;
    do {
      page = orders.list(tenant, Optional.of(OrderStatus.PLACED), after, 2);
      seen.addAll(ids(page));
      after = page.isEmpty() ? Optional.empty() : Optional.of(page.getLast().id());
    } while (!page.isEmpty());

    assertThat(seen).containsExactlyElementsOf(placed.reversed());
  }

  /**
   * UUIDs sort as unsigned bytes in PostgreSQL, while {@link UUID#compareTo} compares signed
   * longs; the twin must agree with the database, or pages would differ between them.
   */
  @Test
  public void orders_sort_by_id_as_unsigned_bytes_like_postgresql_uuids() {
    List<UUID> ascendingUnsigned = List.of(
        UUID.fromString("00000000-0000-7000-8000-000000000001"),
        UUID.fromString("7fffffff-ffff-7fff-bfff-ffffffffffff"),
        UUID.fromString("80000000-0000-7000-8000-000000000000"),
        UUID.fromString("80000000-0000-7000-c000-000000000000"),
        UUID.fromString("ffffffff-ffff-7fff-bfff-ffffffffffff"));
    Stream.of(2, 0, 4, 1, 3).map(ascendingUnsigned::get).forEach(id -> orders.add(
        UseCases.withId(useCases.unsavedDraft(tenant), new OrderId(id))));

    assertThat(orders.list(tenant, Optional.empty(), Optional.empty(), 10))
        .extracting(order -> order.id().value())
        .containsExactlyElementsOf(ascendingUnsigned.reversed());
  }

  @Test
  public void a_listing_limit_below_one_is_rejected() {
    assertThatThrownBy(() -> orders.list(tenant, Optional.empty(), Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private List<OrderId> createDrafts(int count) {
    return IntStream.range(0, count).mapToObj(i -> useCases.draft(tenant).id()).toList();
  }

  private static List<OrderId> ids(List<Order> listed) {
    return listed.stream().map(Order::id).toList();
  }
}
