package com.example.orders.domain.order;

import com.example.orders.domain.shared.InvalidValueException;
import com.example.orders.domain.shared.Text;

/** The payment provider's reference for the payment that settled an order. */
public record PaymentReference(String value) {

  public PaymentReference {
    InvalidValueException.require(
        value != null && !value.isBlank() && Text.length(value) <= 100 && Text.isPlain(value),
        "payment.reference-invalid",
        "a payment reference is 1 to 100 characters, without control characters");
  }
}
