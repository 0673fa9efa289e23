package com.example.orders.application.order;

import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.shared.TenantId;
import java.util.Objects;

/**
 * The order a change is aimed at, as the caller last saw it.
 *
 * @param expectedVersion the version the caller read (its ETag); the change is refused otherwise
 */
public record OrderRef(TenantId tenant, OrderId id, long expectedVersion) {

  public OrderRef {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(id, "id");
  }
}
