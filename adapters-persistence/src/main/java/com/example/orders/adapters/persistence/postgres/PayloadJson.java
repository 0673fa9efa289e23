package com.example.orders.adapters.persistence.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** An event's payload tree to and from the JSON of the {@code outbox.payload} column. */
final class PayloadJson {

  private static final ObjectMapper JSON = new ObjectMapper()
      // whole numbers come back as the Long they were written as, whatever their size
      .enable(DeserializationFeature.USE_LONG_FOR_INTS);
  private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {};

  private PayloadJson() {}

  static String write(Map<String, Object> payload) {
    try {
      return JSON.writeValueAsString(payload);
    } catch (JsonProcessingException impossible) {
      // the envelope admits only strings, numbers, booleans, lists and maps
      throw new IllegalStateException("an event payload could not be written as JSON", impossible);
    }
  }

  static Map<String, Object> read(String json) {
    try {
      return JSON.readValue(json, TREE);
    } catch (JsonProcessingException corrupt) {
      // the column is jsonb and checked to hold an object: this cannot come from our schema
      throw new IllegalStateException("an outbox payload is not a JSON object", corrupt);
    }
  }
}
