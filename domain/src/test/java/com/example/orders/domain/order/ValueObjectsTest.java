package com.example.orders.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.domain.shared.InvalidValueException;
import com.example.orders.domain.shared.Money;
import com.example.orders.domain.shared.TenantId;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "book-1", "-BOOK", "BOOK 1", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDE"})
  void malformed_skus_are_rejected(String sku) {
    assertThatThrownBy(() -> new Sku(sku))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "sku.invalid");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, OrderLine.MAX_QUANTITY + 1})
  void quantities_outside_1_to_10000_are_rejected(int quantity) {
    assertThatThrownBy(() -> new OrderLine(new Sku("A"), quantity, new Money(1, Currency.getInstance("EUR"))))
        .hasFieldOrPropertyWithValue("code", "line.quantity-out-of-range");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "no-at-sign", "two@@example.com", "ada@localhost", "ada @example.com",
      "ada\u00A0l@example.com", "ada@example\u3000.com", "\uFEFFada@example.com"})
  void malformed_emails_are_rejected(String email) {
    assertThatThrownBy(() -> new CustomerContact("Ada", email))
        .hasFieldOrPropertyWithValue("code", "customer.email-invalid");
  }

  @Test
  void a_blank_customer_name_is_rejected() {
    assertThatThrownBy(() -> new CustomerContact("  ", "ada@example.com"))
        .hasFieldOrPropertyWithValue("code", "customer.name-invalid");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ada\u0000Lovelace", "Ada\nLovelace", "Ada\u0085", "Ada \ud800 L", "\udc00Ada"})
  void names_with_control_characters_or_broken_unicode_are_rejected(String name) {
    assertThatThrownBy(() -> new CustomerContact(name, "ada@example.com"))
        .hasFieldOrPropertyWithValue("code", "customer.name-invalid");
  }

  @Test
  void names_outside_the_basic_plane_are_accepted() {
    assertThat(new CustomerContact("Ada \uD83D\uDE00 Lovelace", "ada@example.com").name())
        .contains("\uD83D\uDE00");
  }

  @Test
  void references_and_reasons_with_a_nul_character_are_rejected() {
    assertThatThrownBy(() -> new PaymentReference("psp\u0000"))
        .hasFieldOrPropertyWithValue("code", "payment.reference-invalid");
    assertThatThrownBy(() -> new CancellationReason("oops\u0000"))
        .hasFieldOrPropertyWithValue("code", "cancellation.reason-invalid");
    assertThatThrownBy(() -> new CustomerContact("Ada", "ada\u0000@example.com"))
        .hasFieldOrPropertyWithValue("code", "customer.email-invalid");
  }

  @Test
  void customer_contact_never_prints_personal_data() {
    assertThat(new CustomerContact("Ada Lovelace", "ada@example.com").toString())
        .doesNotContain("Ada", "ada@example.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not-a-uuid", "0190a6a0-0000-7000-8000-00000000000", "0190a6a0000070008000000000000001"})
  void order_ids_must_be_canonical_uuids(String text) {
    assertThatThrownBy(() -> OrderId.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "order.id-invalid");
  }

  @Test
  void an_order_id_round_trips_through_its_text() {
    String text = "0190a6a0-0000-7000-8000-000000000001";

    assertThat(OrderId.parse(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "a/b", "-leading-dash"})
  void malformed_tenant_ids_are_rejected(String tenant) {
    assertThatThrownBy(() -> new TenantId(tenant)).hasFieldOrPropertyWithValue("code", "tenant.invalid");
  }

  @Test
  void blank_payment_references_and_reasons_are_rejected() {
    assertThatThrownBy(() -> new PaymentReference(" "))
        .hasFieldOrPropertyWithValue("code", "payment.reference-invalid");
    assertThatThrownBy(() -> new CancellationReason(""))
        .hasFieldOrPropertyWithValue("code", "cancellation.reason-invalid");
  }
}
