package com.example.orders.domain.order;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The identity and time of one change, handed in by the caller so that the aggregate stays free
 * of clocks and id generators (and tests stay deterministic).
 */
public record EventStamp(UUID eventId, Instant occurredAt) {

  public EventStamp {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
