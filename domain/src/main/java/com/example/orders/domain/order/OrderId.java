package com.example.orders.domain.order;

import com.example.orders.domain.shared.InvalidValueException;
import java.util.UUID;

/** Identifies an order; a UUIDv7, so ids sort by creation time. */
public record OrderId(UUID value) {

  public OrderId {
    InvalidValueException.require(value != null, "order.id-invalid", "an order id is required");
  }

  /** Parses the canonical textual form; rejects anything else with {@code order.id-invalid}. */
  public static OrderId parse(String text) {
    try {
      UUID uuid = UUID.fromString(text);
      if (!uuid.toString().equalsIgnoreCase(text)) {
        throw new IllegalArgumentException("not canonical");
      }
      return new OrderId(uuid);
    } catch (IllegalArgumentException | NullPointerException malformed) {
      throw new InvalidValueException("order.id-invalid", "an order id is a UUID");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
