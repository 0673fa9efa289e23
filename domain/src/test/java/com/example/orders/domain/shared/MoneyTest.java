package com.example.orders.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void amounts_of_one_currency_add_up_exactly() {
    assertThat(new Money(10, EUR).plus(new Money(5, EUR))).isEqualTo(new Money(15, EUR));
  }

  @Test
  void multiplying_by_a_quantity_multiplies_the_minor_units() {
    assertThat(new Money(1_999, EUR).times(3)).isEqualTo(new Money(5_997, EUR));
  }

  @Test
  void adding_another_currency_is_rejected() {
    assertThatThrownBy(() -> new Money(1, EUR).plus(new Money(1, Currency.getInstance("USD"))))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "money.currency-mismatch");
  }

  @Test
  void negative_and_too_large_amounts_are_rejected() {
    assertThatThrownBy(() -> new Money(-1, EUR)).hasFieldOrPropertyWithValue("code", "money.out-of-range");
    assertThatThrownBy(() -> new Money(Money.MAX_AMOUNT_MINOR + 1, EUR))
        .hasFieldOrPropertyWithValue("code", "money.out-of-range");
  }

  @Test
  void a_product_past_the_maximum_is_rejected_rather_than_overflowing() {
    assertThatThrownBy(() -> new Money(Money.MAX_AMOUNT_MINOR, EUR).times(100_000))
        .hasFieldOrPropertyWithValue("code", "money.out-of-range");
  }

  @ParameterizedTest
  @ValueSource(strings = {"eur", "EURO", "XYZ", ""})
  void unknown_or_malformed_currency_codes_are_rejected(String code) {
    assertThatThrownBy(() -> Money.currency(code))
        .hasFieldOrPropertyWithValue("code", "money.currency-invalid");
  }

  @Test
  void a_known_currency_code_is_read() {
    assertThat(Money.currency("JPY")).isEqualTo(Currency.getInstance("JPY"));
  }
}
