package com.example.orders.application.port;

import java.util.Map;
import java.util.Objects;

/**
 * The response a request with an idempotency key got, kept to be replayed to its retries.
 *
 * @param headers the headers that belong to the outcome (e.g. {@code Location}, {@code ETag})
 */
public record StoredResponse(int status, Map<String, String> headers, String body) {

  public StoredResponse {
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }
}
