package com.example.orders.adapters.http.idempotency;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a handler answers, before it is written: status, the headers that belong to the outcome,
 * and a body that becomes JSON. Kept as a value so that it can be stored for retries.
 */
public record Reply(int status, Map<String, String> headers, Object body) {

  public Reply {
    headers = Map.copyOf(headers);
  }

  public static Reply of(int status, Object body) {
    return new Reply(status, Map.of(), body);
  }

  public Reply withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Reply(status, more, body);
  }
}
