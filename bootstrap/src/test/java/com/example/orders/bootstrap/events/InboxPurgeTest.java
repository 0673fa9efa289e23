package com.example.orders.bootstrap.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.persistence.memory.InMemoryInbox;
import com.example.orders.adapters.persistence.memory.InMemoryStore;
import com.example.orders.application.port.EventEnvelope;
import com.example.orders.application.port.Inbox.Arrival;
import com.example.orders.domain.shared.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The inbox purge deletes what was handled longer ago than the retention, and nothing newer. */
class InboxPurgeTest {

  private static final Instant NOW = Instant.parse("2026-12-02T06:00:00Z");
  private static final Duration RETENTION = Duration.ofDays(7);

  @Test
  void records_older_than_the_retention_go_and_younger_ones_stay() {
    InMemoryStore store = new InMemoryStore();
    EventEnvelope old = event();
    EventEnvelope recent = event();
    new InMemoryInbox(store, at(NOW.minus(RETENTION).minusSeconds(1))).record("notifications", old);
    new InMemoryInbox(store, at(NOW.minus(RETENTION).plusSeconds(1)))
        .record("notifications", recent);
    InMemoryInbox inbox = new InMemoryInbox(store, at(NOW));

    new InboxPurge(inbox, RETENTION, at(NOW)).run();

    assertThat(inbox.record("notifications", old)).isEqualTo(Arrival.FIRST);
    assertThat(inbox.record("notifications", recent)).isEqualTo(Arrival.REPEAT);
  }

  private static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  private static EventEnvelope event() {
    return new EventEnvelope(UUID.randomUUID(), "order.placed", "order", UUID.randomUUID(),
        new TenantId("acme"), 2, NOW, 1, Map.of());
  }
}
