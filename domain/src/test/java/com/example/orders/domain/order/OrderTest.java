package com.example.orders.domain.order;

import static com.example.orders.domain.order.OrderFixtures.EUR;
import static com.example.orders.domain.order.OrderFixtures.draft;
import static com.example.orders.domain.order.OrderFixtures.line;
import static com.example.orders.domain.order.OrderFixtures.paid;
import static com.example.orders.domain.order.OrderFixtures.placed;
import static com.example.orders.domain.order.OrderFixtures.stamp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.domain.order.OrderEvent.OrderCancelled;
import com.example.orders.domain.order.OrderEvent.OrderCreated;
import com.example.orders.domain.order.OrderEvent.OrderPaid;
import com.example.orders.domain.order.OrderEvent.OrderPlaced;
import com.example.orders.domain.order.OrderEvent.OrderShipped;
import com.example.orders.domain.shared.InvalidValueException;
import com.example.orders.domain.shared.Money;
import java.util.Currency;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderTest {

  @Test
  void a_new_order_is_a_draft_at_version_1_that_records_its_creation() {
    Order order = draft(line("BOOK-1", 2, 1_500));

    assertThat(order.status()).isEqualTo(OrderStatus.DRAFT);
    assertThat(order.version()).isEqualTo(1);
    assertThat(order.pullEvents()).singleElement().isInstanceOf(OrderCreated.class);
  }

  @Test
  void the_total_is_the_sum_of_quantity_times_unit_price_over_all_lines() {
    Order order = draft(line("BOOK-1", 2, 1_500), line("PEN-7", 3, 250));

    assertThat(order.total()).isEqualTo(new Money(3_750, EUR));
  }

  @Test
  void an_order_without_lines_totals_zero_in_its_currency() {
    assertThat(draft().total()).isEqualTo(Money.zero(EUR));
  }

  @Test
  void adding_and_removing_lines_bumps_the_version_each_time() {
    Order order = draft();

    order.addLine(line("BOOK-1", 1, 100), stamp());
    order.removeLine(new Sku("BOOK-1"), stamp());

    assertThat(order.version()).isEqualTo(3);
    assertThat(order.lines()).isEmpty();
  }

  @Test
  void removing_a_sku_the_order_does_not_have_is_rejected() {
    Order order = draft(line("BOOK-1", 1, 100));

    assertThatThrownBy(() -> order.removeLine(new Sku("PEN-7"), stamp()))
        .isInstanceOf(LineNotFoundException.class)
        .hasFieldOrPropertyWithValue("code", "order.line-not-found");
    assertThat(order.version()).isEqualTo(1);
  }

  @Test
  void a_second_line_for_the_same_sku_is_rejected() {
    Order order = draft(line("BOOK-1", 1, 100));

    assertThatThrownBy(() -> order.addLine(line("BOOK-1", 2, 100), stamp()))
        .isInstanceOf(OrderRuleViolation.class)
        .hasFieldOrPropertyWithValue("code", "order.duplicate-sku");
  }

  @Test
  void a_line_in_another_currency_is_rejected() {
    Order order = draft();
    OrderLine dollars = new OrderLine(new Sku("BOOK-1"), 1, new Money(100, Currency.getInstance("USD")));

    assertThatThrownBy(() -> order.addLine(dollars, stamp()))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "money.currency-mismatch");
  }

  @Test
  void an_order_holds_at_most_100_lines() {
    Order order = draft();
    IntStream.range(0, Order.MAX_LINES).forEach(i -> order.addLine(line("SKU-" + i, 1, 1), stamp()));

    assertThatThrownBy(() -> order.addLine(line("ONE-TOO-MANY", 1, 1), stamp()))
        .isInstanceOf(OrderRuleViolation.class)
        .hasFieldOrPropertyWithValue("code", "order.too-many-lines");
    assertThat(order.lines()).hasSize(Order.MAX_LINES);
  }

  @Test
  void a_line_that_would_push_the_total_past_the_maximum_is_rejected_and_not_kept() {
    Order order = draft(line("GOLD-1", 10_000, 1_000_000_000L));

    assertThatThrownBy(() -> order.addLine(line("GOLD-2", 1, 1), stamp()))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "money.out-of-range");
    assertThat(order.lines()).hasSize(1);
  }

  @Test
  void placing_an_empty_order_is_rejected() {
    Order order = draft();

    assertThatThrownBy(() -> order.place(stamp()))
        .isInstanceOf(OrderRuleViolation.class)
        .hasFieldOrPropertyWithValue("code", "order.empty");
    assertThat(order.status()).isEqualTo(OrderStatus.DRAFT);
  }

  @Test
  void placing_records_the_total_at_the_new_version() {
    Order order = draft(line("BOOK-1", 2, 1_500));
    order.pullEvents();

    order.place(stamp());

    assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
    assertThat(order.pullEvents()).singleElement().isInstanceOfSatisfying(OrderPlaced.class, placed -> {
      assertThat(placed.version()).isEqualTo(2);
      assertThat(placed.total()).isEqualTo(new Money(3_000, EUR));
    });
  }

  @Test
  void lines_are_frozen_once_the_order_is_placed() {
    Order order = placed();

    assertThatThrownBy(() -> order.addLine(line("PEN-7", 1, 100), stamp()))
        .isInstanceOf(OrderRuleViolation.class)
        .hasFieldOrPropertyWithValue("code", "order.not-draft");
    assertThatThrownBy(() -> order.removeLine(new Sku("BOOK-1"), stamp()))
        .isInstanceOf(OrderRuleViolation.class)
        .hasFieldOrPropertyWithValue("code", "order.not-draft");
  }

  @Test
  void a_placed_order_can_be_paid_then_shipped() {
    Order order = placed();
    order.pullEvents();

    order.pay(new PaymentReference("psp-123"), stamp());
    order.ship(stamp());

    assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(order.snapshot().paymentReference()).contains(new PaymentReference("psp-123"));
    assertThat(order.pullEvents())
        .hasExactlyElementsOfTypes(OrderPaid.class, OrderShipped.class)
        .extracting(OrderEvent::version)
        .containsExactly(3L, 4L);
  }

  @Test
  void paying_a_draft_is_an_illegal_transition() {
    Order order = draft(line("BOOK-1", 1, 100));

    assertThatThrownBy(() -> order.pay(new PaymentReference("psp-1"), stamp()))
        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
          assertThat(e.code()).isEqualTo("order.illegal-transition");
          assertThat(e.from()).isEqualTo(OrderStatus.DRAFT);
          assertThat(e.to()).isEqualTo(OrderStatus.PAID);
        });
  }

  @Test
  void shipping_an_unpaid_order_is_an_illegal_transition() {
    assertThatThrownBy(() -> placed().ship(stamp())).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void a_placed_order_can_be_cancelled_with_a_reason() {
    Order order = placed();
    order.pullEvents();

    order.cancel(new CancellationReason("changed my mind"), stamp());

    assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(order.snapshot().cancellationReason()).contains(new CancellationReason("changed my mind"));
    assertThat(order.pullEvents()).singleElement().isInstanceOf(OrderCancelled.class);
  }

  @Test
  void a_paid_order_cannot_be_cancelled() {
    assertThatThrownBy(() -> paid().cancel(new CancellationReason("too late"), stamp()))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void pulling_events_empties_the_list() {
    Order order = draft();
    order.pullEvents();

    assertThat(order.pullEvents()).isEmpty();
  }

  @Test
  void an_order_restored_from_its_snapshot_equals_the_original_and_records_nothing() {
    Order original = paid();

    Order restored = Order.restore(original.snapshot());

    assertThat(restored.snapshot()).isEqualTo(original.snapshot());
    assertThat(restored.pullEvents()).isEmpty();
  }
}
