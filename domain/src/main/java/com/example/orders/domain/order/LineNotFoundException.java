package com.example.orders.domain.order;

import com.example.orders.domain.shared.DomainException;

/** The order has no line for the given SKU. */
public final class LineNotFoundException extends DomainException {

  public LineNotFoundException(Sku sku) {
    super(
        Category.NOT_FOUND,
        "order.line-not-found",
        "Order line not found",
        "the order has no line for SKU " + sku);
  }
}
