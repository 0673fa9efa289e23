package com.example.orders.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.domain.shared.TenantId;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListOrdersQueryTest {

  @ParameterizedTest
  @ValueSource(ints = {0, -1, ListOrders.MAX_PAGE_SIZE + 1})
  void a_page_size_outside_1_to_100_is_rejected(int limit) {
    assertThatThrownBy(() -> new ListOrders.Query(new TenantId("acme"), Optional.empty(), Optional.empty(), limit))
        .hasFieldOrPropertyWithValue("code", "page.limit-out-of-range");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, ListOrders.DEFAULT_PAGE_SIZE, ListOrders.MAX_PAGE_SIZE})
  void a_page_size_within_bounds_is_kept(int limit) {
    assertThat(new ListOrders.Query(new TenantId("acme"), Optional.empty(), Optional.empty(), limit).limit())
        .isEqualTo(limit);
  }
}
