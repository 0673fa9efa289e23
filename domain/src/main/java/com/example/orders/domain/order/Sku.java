package com.example.orders.domain.order;

import com.example.orders.domain.shared.InvalidValueException;
import java.util.regex.Pattern;

/** A stock-keeping unit: what is being ordered. One line per SKU in an order. */
public record Sku(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");

  public Sku {
    InvalidValueException.require(
        value != null && FORMAT.matcher(value).matches(),
        "sku.invalid",
        "a SKU is 1 to 40 upper-case letters, digits or '-', starting with a letter or digit");
  }

  @Override
  public String toString() {
    return value;
  }
}
