package com.example.orders.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
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
}
