package com.example.orders.adapters.http.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.Collection;

/** Names the place in a JSON body where Jackson failed, as an RFC 6901 JSON pointer. */
final class JsonPointers {

  private JsonPointers() {}

  static String of(JsonMappingException failure) {
    StringBuilder pointer = new StringBuilder();
    for (Reference step : failure.getPath()) {
      pointer.append('/');
      if (step.getFieldName() != null) {
        pointer.append(step.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else {
        pointer.append(step.getIndex());
      }
    }
    return pointer.toString();
  }

  /** What a client should have sent for a Java type, in JSON's words. */
  static String describe(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "an integer";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "a boolean";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }
}
