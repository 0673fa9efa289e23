package com.example.orders.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.shared.InvalidValueException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageCursorTest {

  @Test
  void a_cursor_decodes_to_the_order_it_was_made_from() {
    PageCursor cursor = new PageCursor(new OrderId(UUID.fromString("0190a6a0-0000-7000-8000-000000000001")));

    assertThat(PageCursor.decode(cursor.encode())).isEqualTo(cursor);
  }

  @Test
  void an_encoded_cursor_is_url_safe() {
    PageCursor cursor = new PageCursor(new OrderId(new UUID(-1L, -1L)));

    assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "%%%", "AAAA", "AgAAAAAAAAAAAAAAAAAAAAAA"})
  void strings_this_api_did_not_issue_are_rejected(String text) {
    assertThatThrownBy(() -> PageCursor.decode(text))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "page.cursor-invalid");
  }
}
