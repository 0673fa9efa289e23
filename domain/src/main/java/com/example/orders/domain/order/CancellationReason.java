package com.example.orders.domain.order;

import com.example.orders.domain.shared.InvalidValueException;
import com.example.orders.domain.shared.Text;

/** Why an order was cancelled, in the words of whoever cancelled it. */
public record CancellationReason(String value) {

  public CancellationReason {
    InvalidValueException.require(
        value != null && !value.isBlank() && Text.length(value) <= 500 && Text.isPlain(value),
        "cancellation.reason-invalid",
        "a cancellation reason is 1 to 500 characters, without control characters");
  }
}
