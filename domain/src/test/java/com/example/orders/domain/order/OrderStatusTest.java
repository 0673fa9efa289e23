package com.example.orders.domain.order;

import static com.example.orders.domain.order.OrderStatus.CANCELLED;
import static com.example.orders.domain.order.OrderStatus.DRAFT;
import static com.example.orders.domain.order.OrderStatus.PAID;
import static com.example.orders.domain.order.OrderStatus.PLACED;
import static com.example.orders.domain.order.OrderStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderStatusTest {

  private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = Map.of(
      DRAFT, EnumSet.of(PLACED, CANCELLED),
      PLACED, EnumSet.of(PAID, CANCELLED),
      PAID, EnumSet.of(SHIPPED),
      SHIPPED, EnumSet.noneOf(OrderStatus.class),
      CANCELLED, EnumSet.noneOf(OrderStatus.class));

  @ParameterizedTest
  @EnumSource(OrderStatus.class)
  void each_status_allows_exactly_the_transitions_of_the_state_machine(OrderStatus from) {
    for (OrderStatus to : OrderStatus.values()) {
      assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
    }
  }
}
