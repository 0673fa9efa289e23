package com.example.orders.adapters.http.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodiesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "Application/JSON",
        "application/json; charset=utf-8",
        "application/json;charset=\"UTF-8\""
      })
  void json_in_utf_8_is_accepted(String contentType) {
    assertThat(JsonBodies.isJson(contentType)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "text/plain",
        "application/xml",
        "application/json-patch+json",
        "application/jsonx",
        "application/json; charset=iso-8859-1",
        "application/json; charset"
      })
  void other_media_types_and_charsets_are_refused(String contentType) {
    assertThat(JsonBodies.isJson(contentType)).isFalse();
  }
}
