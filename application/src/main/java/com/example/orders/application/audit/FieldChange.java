package com.example.orders.application.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * One field of a resource that an action changed. A field holding personal data is recorded as
 * {@linkplain #withheld withheld}: that it changed, never its values.
 *
 * @param before the value before, empty when the field had none (or is withheld)
 * @param after the value after, empty when the field has none (or is withheld)
 */
public record FieldChange(
    String field, Optional<String> before, Optional<String> after, boolean withheld) {

  public FieldChange {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("a field change names its field");
    }
    if (withheld && (before.isPresent() || after.isPresent())) {
      throw new IllegalArgumentException("a withheld field carries no values");
    }
  }

  /** The field went from {@code before} to {@code after} (either may be empty: none). */
  public static FieldChange of(String field, Optional<String> before, Optional<String> after) {
    return new FieldChange(field, before, after, false);
  }

  /** The field, which holds personal data, changed. */
  public static FieldChange withheld(String field) {
    return new FieldChange(field, Optional.empty(), Optional.empty(), true);
  }
}
