package com.example.orders.domain.order;

import com.example.orders.domain.shared.InvalidValueException;
import com.example.orders.domain.shared.Money;
import java.util.Objects;

/**
 * One SKU in an order, how many, and at what unit price.
 *
 * @param sku what is ordered
 * @param quantity how many, 1 to {@value #MAX_QUANTITY}
 * @param unitPrice price of one unit
 */
public record OrderLine(Sku sku, int quantity, Money unitPrice) {

  public static final int MAX_QUANTITY = 10_000;

  public OrderLine {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(unitPrice, "unitPrice");
    InvalidValueException.require(
        quantity >= 1 && quantity <= MAX_QUANTITY,
        "line.quantity-out-of-range", "a quantity is between 1 and " + MAX_QUANTITY);
  }

  public Money total() {
    return unitPrice.times(quantity);
  }
}
