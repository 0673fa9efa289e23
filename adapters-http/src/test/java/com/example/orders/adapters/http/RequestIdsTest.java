package com.example.orders.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "abc-123_X.y", "0190a6a0-0000-7000-8000-000000000001"})
  void a_safe_caller_id_is_kept(String proposed) {
    assertThat(RequestIds.acceptOrGenerate(proposed)).isEqualTo(proposed);
  }

  @Test
  void an_id_of_128_characters_is_kept_and_one_of_129_replaced() {
    assertThat(RequestIds.acceptOrGenerate("x".repeat(128))).isEqualTo("x".repeat(128));
    assertThat(RequestIds.acceptOrGenerate("x".repeat(129))).isNotEqualTo("x".repeat(129));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"has space", "new\nline", "quote\"", "ünïcode", "<script>"})
  void an_unsafe_or_missing_id_is_replaced_by_a_generated_one(String proposed) {
    String id = RequestIds.acceptOrGenerate(proposed);

    assertThat(id).isNotEqualTo(proposed).matches("[0-9a-f-]{36}");
  }
}
