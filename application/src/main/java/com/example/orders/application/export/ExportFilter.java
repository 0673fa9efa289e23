package com.example.orders.application.export;

import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderStatus;
import com.example.orders.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which orders an export holds: optionally only one status, and only those created at or after
 * {@code createdFrom} and before {@code createdTo} (a half-open range; either end may be open).
 */
public record ExportFilter(Optional<OrderStatus> status, Optional<Instant> createdFrom,
    Optional<Instant> createdTo) {

  public static final ExportFilter ALL =
      new ExportFilter(Optional.empty(), Optional.empty(), Optional.empty());

  public ExportFilter {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdFrom, "createdFrom");
    Objects.requireNonNull(createdTo, "createdTo");
    if (createdFrom.isPresent() && createdTo.isPresent()) {
      InvalidValueException.require(!createdFrom.get().isAfter(createdTo.get()),
          "export.range-invalid", "createdFrom must not be after createdTo");
    }
  }

  public boolean matches(Order order) {
    Instant created = order.snapshot().createdAt();
    return status.map(order.status()::equals).orElse(true)
        && createdFrom.map(from -> !created.isBefore(from)).orElse(true)
        && createdTo.map(created::isBefore).orElse(true);
  }

  /** As a task payload: the fields present, as strings. */
  Map<String, Object> toPayload() {
    Map<String, Object> payload = new LinkedHashMap<>();
    status.ifPresent(value -> payload.put("status", value.name()));
    createdFrom.ifPresent(value -> payload.put("createdFrom", value.toString()));
    createdTo.ifPresent(value -> payload.put("createdTo", value.toString()));
    return payload;
  }

  /** Read back from {@link #toPayload()}; throws {@code IllegalArgumentException} on nonsense. */
  static ExportFilter fromPayload(Map<String, Object> payload) {
    return new ExportFilter(
        Optional.ofNullable((String) payload.get("status")).map(OrderStatus::valueOf),
        Optional.ofNullable((String) payload.get("createdFrom")).map(Instant::parse),
        Optional.ofNullable((String) payload.get("createdTo")).map(Instant::parse));
  }
}
