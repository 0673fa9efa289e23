package com.example.orders.adapters.http.order;

import com.example.orders.adapters.http.problem.FieldErrors;
import com.example.orders.application.order.CreateOrder;
import com.example.orders.domain.order.CancellationReason;
import com.example.orders.domain.order.CustomerContact;
import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderLine;
import com.example.orders.domain.order.PaymentReference;
import com.example.orders.domain.order.Sku;
import com.example.orders.domain.shared.Money;
import com.example.orders.domain.shared.TenantId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns request bodies into domain values, letting the domain's own value objects judge every
 * field, and reporting every missing or invalid field of a body in one problem.
 *
 * <p>A value object stops at its first broken rule ({@code CustomerContact} checks the name before
 * the e-mail). To report each field on its own, a field is first checked together with known-valid
 * stand-ins for its siblings (the {@code PROBE_*} values), and the real value is built only when
 * every field passed.
 */
final class OrderInputs {

  private static final String PROBE_NAME = "Probe";
  private static final String PROBE_EMAIL = "probe@example.com";
  private static final Sku PROBE_SKU = new Sku("PROBE");
  private static final Currency PROBE_CURRENCY = Currency.getInstance("EUR");

  private OrderInputs() {}

  static CreateOrder.Command newOrder(TenantId tenant, OrderRequests.NewOrder body) {
    FieldErrors errors = FieldErrors.inBody();
    Optional<CustomerContact> customer =
        body.customer() == null ? missing(errors, "/customer") : customer(errors, body.customer());
    Optional<Currency> currency = errors.required("/currency", body.currency(), Money::currency);
    List<OrderRequests.Line> rawLines = body.lines() == null ? List.of() : body.lines();
    if (rawLines.size() > Order.MAX_LINES) {
      errors.reject(
          "/lines", "order.too-many-lines", "an order holds at most " + Order.MAX_LINES + " lines");
    }
    List<OrderLine> lines = new ArrayList<>();
    Set<Sku> skus = new HashSet<>();
    for (int i = 0; i < rawLines.size(); i++) {
      String at = "/lines/" + i;
      Optional<OrderLine> line =
          rawLines.get(i) == null ? missing(errors, at) : line(errors, at, rawLines.get(i));
      if (line.isEmpty()) {
        continue;
      }
      lines.add(line.get());
      if (!skus.add(line.get().sku())) {
        errors.reject(
            at + "/sku",
            "order.duplicate-sku",
            "an earlier line already has SKU " + line.get().sku());
      }
      if (currency.isPresent() && !line.get().unitPrice().currency().equals(currency.get())) {
        errors.reject(
            at + "/unitPrice/currency",
            "money.currency-mismatch",
            "every line must be priced in the order's currency " + currency.get());
      }
    }
    errors.throwIfAny();
    return new CreateOrder.Command(tenant, customer.orElseThrow(), currency.orElseThrow(), lines);
  }

  static OrderLine line(OrderRequests.Line body) {
    FieldErrors errors = FieldErrors.inBody();
    Optional<OrderLine> line = line(errors, "", body);
    errors.throwIfAny();
    return line.orElseThrow();
  }

  static PaymentReference payment(OrderRequests.Payment body) {
    FieldErrors errors = FieldErrors.inBody();
    Optional<PaymentReference> reference =
        errors.required("/paymentReference", body.paymentReference(), PaymentReference::new);
    errors.throwIfAny();
    return reference.orElseThrow();
  }

  static CancellationReason cancellation(OrderRequests.Cancellation body) {
    FieldErrors errors = FieldErrors.inBody();
    Optional<CancellationReason> reason =
        errors.required("/reason", body.reason(), CancellationReason::new);
    errors.throwIfAny();
    return reason.orElseThrow();
  }

  private static Optional<CustomerContact> customer(
      FieldErrors errors, OrderRequests.Customer body) {
    Optional<String> name =
        errors.required(
            "/customer/name", body.name(), value -> new CustomerContact(value, PROBE_EMAIL).name());
    Optional<String> email =
        errors.required(
            "/customer/email",
            body.email(),
            value -> new CustomerContact(PROBE_NAME, value).email());
    return name.isPresent() && email.isPresent()
        ? Optional.of(new CustomerContact(name.get(), email.get()))
        : Optional.empty();
  }

  private static Optional<OrderLine> line(FieldErrors errors, String at, OrderRequests.Line body) {
    Optional<Sku> sku = errors.required(at + "/sku", body.sku(), Sku::new);
    Optional<Money> unitPrice =
        body.unitPrice() == null
            ? missing(errors, at + "/unitPrice")
            : amount(errors, at + "/unitPrice", body.unitPrice());
    Optional<Integer> quantity =
        errors.required(
            at + "/quantity",
            body.quantity(),
            value -> new OrderLine(PROBE_SKU, value, Money.zero(PROBE_CURRENCY)).quantity());
    if (sku.isEmpty() || unitPrice.isEmpty() || quantity.isEmpty()) {
      return Optional.empty();
    }
    OrderLine line = new OrderLine(sku.get(), quantity.get(), unitPrice.get());
    // each part is valid, yet quantity x unit price may still exceed the largest amount
    return errors.valid(at + "/quantity", line::total).map(total -> line);
  }

  private static Optional<Money> amount(FieldErrors errors, String at, OrderRequests.Amount body) {
    Optional<Currency> currency =
        errors.required(at + "/currency", body.currency(), Money::currency);
    Optional<Long> amountMinor =
        errors.required(
            at + "/amountMinor",
            body.amountMinor(),
            value -> new Money(value, PROBE_CURRENCY).amountMinor());
    return currency.isPresent() && amountMinor.isPresent()
        ? Optional.of(new Money(amountMinor.get(), currency.get()))
        : Optional.empty();
  }

  private static <T> Optional<T> missing(FieldErrors errors, String field) {
    errors.missing(field);
    return Optional.empty();
  }
}
