package com.example.orders.domain.shared;

import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in the minor unit of its currency (cents for EUR), never a floating point.
 *
 * @param amountMinor amount in minor units, zero or more
 * @param currency ISO 4217 currency
 */
public record Money(long amountMinor, Currency currency) {

  /** The largest amount any single value may hold: 10^13 minor units (100 billion in EUR). */
  public static final long MAX_AMOUNT_MINOR = 10_000_000_000_000L;

  private static final int MAX_FACTOR = 100_000;

  public Money {
    Objects.requireNonNull(currency, "currency");
    InvalidValueException.require(
        amountMinor >= 0 && amountMinor <= MAX_AMOUNT_MINOR,
        "money.out-of-range",
        "an amount is between 0 and " + MAX_AMOUNT_MINOR + " minor units");
  }

  public static Money zero(Currency currency) {
    return new Money(0, currency);
  }

  /** Reads an ISO 4217 code such as {@code EUR}; rejects unknown codes. */
  public static Currency currency(String isoCode) {
    InvalidValueException.require(
        isoCode != null && isoCode.matches("[A-Z]{3}"), "money.currency-invalid",
        "a currency is a three-letter ISO 4217 code");
    try {
      return Currency.getInstance(isoCode);
    } catch (IllegalArgumentException unknown) {
      throw new InvalidValueException("money.currency-invalid", "unknown currency " + isoCode);
    }
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    // both operands are at most MAX_AMOUNT_MINOR, so the sum cannot overflow a long
    return new Money(amountMinor + other.amountMinor, currency);
  }

  public Money times(int factor) {
    InvalidValueException.require(
        factor >= 0 && factor <= MAX_FACTOR, "money.out-of-range",
        "a factor is between 0 and " + MAX_FACTOR);
    // MAX_AMOUNT_MINOR * MAX_FACTOR fits in a long; the constructor rejects results over the max
    return new Money(amountMinor * factor, currency);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new InvalidValueException(
          "money.currency-mismatch", "cannot combine " + currency + " with " + other.currency);
    }
  }
}
