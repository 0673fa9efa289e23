package com.example.orders.bootstrap.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.orders.adapters.messaging.DeliveryObserver;
import com.example.orders.adapters.messaging.RetryPolicy;
import com.example.orders.adapters.messaging.contract.RecordingConsumer;
import com.example.orders.adapters.messaging.rabbit.RabbitTransport;
import com.example.orders.adapters.messaging.relay.OutboxRelay;
import com.example.orders.adapters.messaging.relay.RelayObserver;
import com.example.orders.adapters.messaging.relay.RelaySettings;
import com.example.orders.adapters.messaging.testing.TestBroker;
import com.example.orders.adapters.persistence.postgres.PostgresDatabase;
import com.example.orders.adapters.persistence.postgres.PostgresOutbox;
import com.example.orders.adapters.persistence.postgres.PostgresPendingEvents;
import com.example.orders.adapters.persistence.testing.TestDatabase;
import com.example.orders.application.port.EventEnvelope;
import com.example.orders.domain.shared.TenantId;
import com.example.orders.testsupport.FaultyProxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay against the real outbox in PostgreSQL and the real broker: every committed event is
 * published, also with two relays on one outbox, and none is lost while the broker is cut.
 */
class OutboxRelayTest {

  private static final RetryPolicy RETRIES = new RetryPolicy(3, Duration.ofMillis(100));
  private static final RelaySettings RELAY = new RelaySettings(
      200, Duration.ofSeconds(1), Duration.ofDays(1), Duration.ofMinutes(10), Duration.ofSeconds(5));
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final TenantId TENANT = new TenantId("acme");

  private TestDatabase testDatabase;
  private PostgresDatabase database;
  private PostgresOutbox outbox;
  private TestBroker broker;
  private RabbitTransport consumers;
  private final RecordingConsumer audit =
      new RecordingConsumer("audit", Set.of("thing.happened"), 0);
  private final List<AutoCloseable> toClose = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    testDatabase = TestDatabase.create();
    database = PostgresDatabase.connect(testDatabase.settings());
    outbox = new PostgresOutbox(database);
    broker = TestBroker.create();
    consumers = broker.started(RETRIES, audit);
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable closeable : toClose.reversed()) {
      closeable.close();
    }
    consumers.close();
    broker.close();
    database.close();
    testDatabase.close();
  }

  @Test
  void every_committed_event_is_published_once_and_the_outbox_is_left_empty() {
    relay(broker.uri());
    List<EventEnvelope> appended = append(1_000);

    await().atMost(PATIENCE).until(() -> audit.handled().size() >= appended.size());

    assertThat(ids(audit.handled())).isEqualTo(ids(appended));
    assertThat(audit.handled()).hasSize(appended.size());
    awaitNothingPending();
  }

  @Test
  void a_commit_wakes_the_relay_long_before_its_poll_interval() {
    relay(broker.uri(), new RelaySettings(200, Duration.ofMinutes(1), Duration.ofDays(1),
        Duration.ofMinutes(10), Duration.ofSeconds(5)));
    append(1);
    await().atMost(PATIENCE).until(() -> audit.handled().size() == 1);

    append(1);

    await().atMost(Duration.ofSeconds(20)).until(() -> audit.handled().size() == 2);
  }

  @Test
  void two_relays_on_one_outbox_publish_every_event_exactly_once() {
    relay(broker.uri());
    relay(broker.uri());
    List<EventEnvelope> appended = new ArrayList<>();

    for (int round = 0; round < 20; round++) {
      appended.addAll(append(100));
    }

    await().atMost(PATIENCE).until(() -> audit.handled().size() >= appended.size());
    assertThat(ids(audit.handled())).isEqualTo(ids(appended));
    assertThat(audit.handled()).hasSize(appended.size());
  }

  @Test
  void no_committed_event_is_lost_while_the_broker_is_cut_and_all_go_out_once_it_is_back()
      throws Exception {
    FaultyProxy proxy = FaultyProxy.to(broker.uri().getHost(), broker.uri().getPort());
    toClose.add(proxy);
    relay(URI.create("amqp://guest:guest@127.0.0.1:" + proxy.port() + "/%2F"));
    List<EventEnvelope> appended = new ArrayList<>(append(50));
    await().atMost(PATIENCE).until(() -> audit.handled().size() == 50);
    // delivered is not yet marked: the marks follow the confirms, which may come later
    awaitNothingPending();

    proxy.cut();
    appended.addAll(append(300));
    Thread.sleep(1_500);
    long pendingWhileCut = new PostgresPendingEvents(database).backlog().pending();
    proxy.restore();

    await().atMost(PATIENCE).until(() -> ids(audit.handled()).size() == appended.size());
    assertThat(pendingWhileCut).isEqualTo(300);
    assertThat(ids(audit.handled())).isEqualTo(ids(appended));
    awaitNothingPending();
  }

  /** The relay marks a batch after the broker's confirms, which may come after the delivery. */
  private void awaitNothingPending() {
    PostgresPendingEvents pending = new PostgresPendingEvents(database);
    await().atMost(PATIENCE).until(() -> pending.backlog().pending() == 0);
  }

  private void relay(URI brokerUri) {
    relay(brokerUri, RELAY);
  }

  private void relay(URI brokerUri, RelaySettings settings) {
    RabbitTransport publishing =
        new RabbitTransport(broker.settings(brokerUri, RETRIES), DeliveryObserver.NONE);
    OutboxRelay relay = new OutboxRelay(new PostgresPendingEvents(database), publishing,
        settings, RelayObserver.NONE, Clock.systemUTC());
    relay.start();
    toClose.add(publishing);
    toClose.add(relay);
  }

  private List<EventEnvelope> append(int count) {
    List<EventEnvelope> events = IntStream.range(0, count)
        .mapToObj(index -> new EventEnvelope(UUID.randomUUID(), "thing.happened", "thing",
            UUID.randomUUID(), TENANT, 1, Instant.now().truncatedTo(ChronoUnit.MICROS), 1,
            Map.of("index", (long) index)))
        .toList();
    outbox.append(events);
    return events;
  }

  private static Set<UUID> ids(List<EventEnvelope> events) {
    return events.stream().map(EventEnvelope::id).collect(Collectors.toSet());
  }
}
