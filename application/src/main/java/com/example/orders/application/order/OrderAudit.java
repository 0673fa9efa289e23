package com.example.orders.application.order;

import com.example.orders.application.audit.FieldChange;
import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderLine;
import com.example.orders.domain.order.PaymentReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an order change changed, field by field, for the audit trail: the difference between the
 * order before and after. The customer's name and e-mail and a cancellation's reason (free text
 * that may name a person) are personal data: the trail records that they changed, never their
 * values. Lines are one field per SKU ({@code lines[BOOK-1]}: {@code 2 x 1500 EUR}).
 */
final class OrderAudit {

  /** The resource type of every order entry. */
  static final String RESOURCE = "order";

  private OrderAudit() {}

  /** The fields of a new order, each from nothing. */
  static List<FieldChange> created(Order.Snapshot after) {
    return changes(Optional.empty(), after);
  }

  /** The fields that differ between {@code before} and {@code after}. */
  static List<FieldChange> changed(Order.Snapshot before, Order.Snapshot after) {
    return changes(Optional.of(before), after);
  }

  private static List<FieldChange> changes(Optional<Order.Snapshot> before, Order.Snapshot after) {
    List<FieldChange> changes = new ArrayList<>();
    Map<String, Optional<String>> old = before.map(OrderAudit::fields).orElse(Map.of());
    Map<String, Optional<String>> now = fields(after);
    now.forEach((field, value) -> {
      Optional<String> previous = old.getOrDefault(field, Optional.empty());
      if (!previous.equals(value)) {
        changes.add(FieldChange.of(field, previous, value));
      }
    });
    old.forEach((field, value) -> {
      if (!now.containsKey(field)) {
        changes.add(FieldChange.of(field, value, Optional.empty()));
      }
    });
    if (before.isEmpty() || !before.get().customer().equals(after.customer())) {
      changes.add(FieldChange.withheld("customer.name"));
      changes.add(FieldChange.withheld("customer.email"));
    }
    if (!Objects.equals(before.flatMap(Order.Snapshot::cancellationReason),
        after.cancellationReason())) {
      changes.add(FieldChange.withheld("cancellationReason"));
    }
    return changes;
  }

  /** The order's fields that may be shown, by name, in a fixed order. */
  private static Map<String, Optional<String>> fields(Order.Snapshot order) {
    Map<String, Optional<String>> fields = new LinkedHashMap<>();
    fields.put("status", Optional.of(order.status().name()));
    fields.put("currency", Optional.of(order.currency().getCurrencyCode()));
    fields.put("paymentReference", order.paymentReference().map(PaymentReference::value));
    for (OrderLine line : order.lines()) {
      fields.put("lines[" + line.sku().value() + "]", Optional.of(line.quantity() + " x "
          + line.unitPrice().amountMinor() + " " + line.unitPrice().currency().getCurrencyCode()));
    }
    fields.put("version", Optional.of(Long.toString(order.version())));
    return fields;
  }
}
