package com.example.orders.adapters.http.order;

import java.util.List;

/**
 * The JSON bodies that the orders API accepts, exactly as received: every component may be {@code
 * null} (absent), because {@link OrderInputs} reports missing and invalid fields together.
 */
final class OrderRequests {

  private OrderRequests() {}

  /** {@code POST /api/v1/orders}; {@code lines} may be omitted for an empty draft. */
  record NewOrder(Customer customer, String currency, List<Line> lines) {}

  /** Who orders; personal data. */
  record Customer(String name, String email) {}

  /** {@code POST /api/v1/orders/{id}/lines}, and each element of {@link NewOrder#lines()}. */
  record Line(String sku, Integer quantity, Amount unitPrice) {}

  /** An amount in minor units of an ISO 4217 currency. */
  record Amount(Long amountMinor, String currency) {}

  /** {@code POST /api/v1/orders/{id}/pay}. */
  record Payment(String paymentReference) {}

  /** {@code POST /api/v1/orders/{id}/cancel}. */
  record Cancellation(String reason) {}
}
