package com.example.orders.domain.shared;

/** A value object was given a value outside its domain, e.g. a negative amount or a malformed SKU. */
public final class InvalidValueException extends DomainException {

  public InvalidValueException(String code, String message) {
    super(Category.INVALID_VALUE, code, "The request contains an invalid value", message);
  }

  /** Throws an {@link InvalidValueException} unless {@code condition} holds. */
  public static void require(boolean condition, String code, String message) {
    if (!condition) {
      throw new InvalidValueException(code, message);
    }
  }
}
