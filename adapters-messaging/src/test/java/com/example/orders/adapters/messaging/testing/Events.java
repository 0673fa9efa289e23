package com.example.orders.adapters.messaging.testing;

import com.example.orders.application.port.EventEnvelope;
import com.example.orders.domain.shared.TenantId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** Sample events for transport and format tests. */
public final class Events {

  public static final TenantId TENANT = new TenantId("acme");

  private Events() {}

  public static EventEnvelope event(String type) {
    return event(type, 1);
  }

  public static EventEnvelope event(String type, long version) {
    return new EventEnvelope(UUID.randomUUID(), type, "thing", UUID.randomUUID(), TENANT, version,
        Instant.now().truncatedTo(ChronoUnit.MICROS), 1,
        Map.of("count", 3L, "label", "blue", "nested", Map.of("ok", true)));
  }
}
