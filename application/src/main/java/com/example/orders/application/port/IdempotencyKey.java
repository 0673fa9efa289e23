package com.example.orders.application.port;

import com.example.orders.domain.shared.TenantId;
import java.util.Objects;

/**
 * A client's idempotency key, scoped to who sent it: the same value from another caller or
 * another tenant is another key.
 *
 * @param value 1 to 255 visible ASCII characters
 */
public record IdempotencyKey(TenantId tenant, String caller, String value) {

  public static final int MAX_LENGTH = 255;

  public IdempotencyKey {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(caller, "caller");
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          "an idempotency key is 1 to " + MAX_LENGTH + " visible ASCII characters");
    }
  }

  /** Whether {@code value} can be a key: 1 to 255 characters from {@code !} to {@code ~}. */
  public static boolean isValid(String value) {
    return value != null && !value.isEmpty() && value.length() <= MAX_LENGTH
        && value.chars().allMatch(c -> c >= '!' && c <= '~');
  }
}
