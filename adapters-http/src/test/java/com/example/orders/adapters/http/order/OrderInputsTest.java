package com.example.orders.adapters.http.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.example.orders.adapters.http.order.OrderRequests.Amount;
import com.example.orders.adapters.http.order.OrderRequests.Customer;
import com.example.orders.adapters.http.order.OrderRequests.Line;
import com.example.orders.adapters.http.order.OrderRequests.NewOrder;
import com.example.orders.adapters.http.problem.FieldError;
import com.example.orders.adapters.http.problem.ProblemException;
import com.example.orders.adapters.http.problem.RequestProblem;
import com.example.orders.application.order.CreateOrder;
import com.example.orders.domain.order.OrderLine;
import com.example.orders.domain.order.Sku;
import com.example.orders.domain.shared.Money;
import com.example.orders.domain.shared.TenantId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderInputsTest {

  private static final TenantId TENANT = new TenantId("acme");
  private static final Customer ADA = new Customer("Ada Lovelace", "ada@example.com");
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void a_valid_new_order_becomes_a_create_command_for_the_callers_tenant() {
    CreateOrder.Command command =
        OrderInputs.newOrder(
            TENANT,
            new NewOrder(ADA, "EUR", List.of(new Line("BOOK-1", 2, new Amount(1250L, "EUR")))));

    assertThat(command.tenant()).isEqualTo(TENANT);
    assertThat(command.customer().email()).isEqualTo("ada@example.com");
    assertThat(command.currency()).isEqualTo(EUR);
    assertThat(command.lines())
        .containsExactly(new OrderLine(new Sku("BOOK-1"), 2, new Money(1250, EUR)));
  }

  @Test
  void a_new_order_may_omit_its_lines() {
    assertThat(OrderInputs.newOrder(TENANT, new NewOrder(ADA, "EUR", null)).lines()).isEmpty();
  }

  @Test
  void every_invalid_field_of_a_body_is_reported_at_once() {
    ProblemException problem =
        refused(
            () ->
                OrderInputs.newOrder(
                    TENANT,
                    new NewOrder(
                        new Customer("", "not-an-address"),
                        "EURO",
                        List.of(new Line("bad sku", 0, new Amount(-1L, "XXXX"))))));

    assertThat(problem.type()).isEqualTo(RequestProblem.VALIDATION_FAILED);
    assertThat(problem.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(
            tuple("/customer/name", "customer.name-invalid"),
            tuple("/customer/email", "customer.email-invalid"),
            tuple("/currency", "money.currency-invalid"),
            tuple("/lines/0/sku", "sku.invalid"),
            tuple("/lines/0/unitPrice/currency", "money.currency-invalid"),
            tuple("/lines/0/unitPrice/amountMinor", "money.out-of-range"),
            tuple("/lines/0/quantity", "line.quantity-out-of-range"));
  }

  @Test
  void missing_fields_make_the_body_malformed_and_are_listed_with_the_invalid_ones() {
    ProblemException problem =
        refused(
            () ->
                OrderInputs.newOrder(
                    TENANT,
                    new NewOrder(
                        new Customer(null, "nope"),
                        null,
                        Arrays.asList(null, new Line("A-1", 1, null)))));

    assertThat(problem.type()).isEqualTo(RequestProblem.INVALID_BODY);
    assertThat(problem.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(
            tuple("/customer/name", "field.required"),
            tuple("/customer/email", "customer.email-invalid"),
            tuple("/currency", "field.required"),
            tuple("/lines/0", "field.required"),
            tuple("/lines/1/unitPrice", "field.required"));
  }

  @Test
  void lines_must_be_priced_in_the_orders_currency() {
    ProblemException problem =
        refused(
            () ->
                OrderInputs.newOrder(
                    TENANT,
                    new NewOrder(
                        ADA, "EUR", List.of(new Line("A-1", 1, new Amount(100L, "USD"))))));

    assertThat(problem.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("/lines/0/unitPrice/currency", "money.currency-mismatch"));
  }

  @Test
  void a_sku_may_appear_on_one_line_only() {
    ProblemException problem =
        refused(
            () ->
                OrderInputs.newOrder(
                    TENANT,
                    new NewOrder(
                        ADA,
                        "EUR",
                        List.of(
                            new Line("A-1", 1, new Amount(100L, "EUR")),
                            new Line("A-1", 2, new Amount(100L, "EUR"))))));

    assertThat(problem.type()).isEqualTo(RequestProblem.VALIDATION_FAILED);
    assertThat(problem.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("/lines/1/sku", "order.duplicate-sku"));
  }

  @Test
  void a_line_whose_total_exceeds_the_largest_amount_is_refused_at_its_quantity() {
    ProblemException problem =
        refused(
            () ->
                OrderInputs.line(
                    new Line(
                        "A-1", OrderLine.MAX_QUANTITY, new Amount(Money.MAX_AMOUNT_MINOR, "EUR"))));

    assertThat(problem.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("/quantity", "money.out-of-range"));
  }

  @Test
  void payment_and_cancellation_need_their_one_field() {
    ProblemException payment = refused(() -> OrderInputs.payment(new OrderRequests.Payment(null)));
    ProblemException cancellation =
        refused(() -> OrderInputs.cancellation(new OrderRequests.Cancellation(" ")));

    assertThat(payment.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("/paymentReference", "field.required"));
    assertThat(cancellation.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("/reason", "cancellation.reason-invalid"));
  }

  private static ProblemException refused(Runnable conversion) {
    return catchThrowableOfType(ProblemException.class, conversion::run);
  }
}
