package com.example.orders.adapters.http.problem;

import java.util.Objects;

/**
 * One thing wrong with one input.
 *
 * @param field a JSON pointer into the body such as {@code /lines/0/sku}, or the name of a path,
 *     query or header parameter such as {@code limit}
 * @param code a stable dotted code, e.g. {@code sku.invalid} or {@code field.required}
 * @param message a human-readable explanation
 */
public record FieldError(String field, String code, String message) {

  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
