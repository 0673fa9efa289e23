package com.example.orders.application.notification;

import com.example.orders.domain.shared.TenantId;
import java.util.Objects;
import java.util.UUID;

/**
 * A message to a customer about their order.
 *
 * @param kind what it says
 * @param tenant whose order it is
 * @param orderId which order
 * @param eventId the event it answers; a notifier may use it to drop a repeat of its own
 */
public record Notice(Kind kind, TenantId tenant, UUID orderId, UUID eventId) {

  /** What a notice says. */
  public enum Kind {
    ORDER_CONFIRMATION,
    CANCELLATION_NOTICE
  }

  public Notice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(eventId, "eventId");
  }
}
