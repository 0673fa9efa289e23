package com.example.orders.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonMappingTest {

  private final ObjectMapper mapper = JsonMapping.strict();

  record Line(String sku, Integer quantity, Long amountMinor) {}

  record Stamp(Instant at) {}

  @Test
  void well_typed_json_is_read() throws JsonProcessingException {
    assertThat(
            mapper.readValue("{\"sku\":\"A-1\",\"quantity\":2,\"amountMinor\":1250}", Line.class))
        .isEqualTo(new Line("A-1", 2, 1250L));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"sku\":123}",
        "{\"sku\":true}",
        "{\"quantity\":\"2\"}",
        "{\"quantity\":2.5}",
        "{\"quantity\":2.0}",
        "{\"quantity\":true}",
        "{\"amountMinor\":\"1250\"}",
        "{\"sku\":\"A\",\"sku\":\"B\"}",
        "{\"sku\":\"A\"} {}",
        "{\"sku\":\"A\",\"colour\":\"red\"}",
        "{\"quantity\":NaN}"
      })
  void anything_the_schema_would_reject_is_refused_rather_than_coerced(String json) {
    assertThatThrownBy(() -> mapper.readValue(json, Line.class))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void times_are_written_as_iso_8601() throws JsonProcessingException {
    assertThat(mapper.writeValueAsString(new Stamp(Instant.parse("2026-11-25T12:00:00Z"))))
        .isEqualTo("{\"at\":\"2026-11-25T12:00:00Z\"}");
  }

  @Test
  void a_body_nested_deeper_than_the_limit_is_refused_early() {
    String deep = "[".repeat(33) + "]".repeat(33);

    assertThatThrownBy(() -> mapper.readTree(deep))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("32");
  }

  @Test
  void a_string_or_number_longer_than_the_limit_is_refused() {
    String longString = "{\"name\":\"" + "a".repeat(65_537) + "\"}";
    String longNumber = "{\"amount\":" + "9".repeat(65) + "}";

    assertThatThrownBy(() -> mapper.readTree(longString))
        .isInstanceOf(StreamConstraintsException.class);
    assertThatThrownBy(() -> mapper.readTree(longNumber))
        .isInstanceOf(StreamConstraintsException.class);
  }
}
