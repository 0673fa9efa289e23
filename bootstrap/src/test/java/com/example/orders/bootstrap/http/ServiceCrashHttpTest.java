package com.example.orders.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.orders.adapters.messaging.ConsumerSettings;
import com.example.orders.adapters.messaging.RetryPolicy;
import com.example.orders.adapters.messaging.testing.TestBroker;
import com.example.orders.adapters.persistence.testing.TestDatabase;
import com.example.orders.application.notification.OrderNotifications;
import com.example.orders.bootstrap.ServiceProcess;
import com.example.orders.bootstrap.events.EventTap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service process killed with SIGKILL while clients place orders and the relay publishes
 * them: no shutdown hook, no drain, connections cut mid-transaction. After a restart on the same
 * database and broker, every event that committed is published, and the consumer's effect
 * (its inbox record, committed with the notice) exists exactly once per event.
 */
class ServiceCrashHttpTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final Pattern NOTICE =
      Pattern.compile("\"message\":\"notice sent\".*\"eventId\":\"([0-9a-f-]{36})\"");
  private static final int CLIENTS = 6;

  private TestDatabase database;
  private TestBroker broker;
  private EventTap tap;
  private final List<ServiceProcess> processes = new ArrayList<>();

  @BeforeEach
  void connect() throws Exception {
    database = TestDatabase.create();
    broker = TestBroker.create();
    broker.deleteOnClose(OrderNotifications.NAME, RetryPolicy.DEFAULT);
    tap = EventTap.open(broker);
  }

  @AfterEach
  void stop() throws Exception {
    try {
      for (ServiceProcess process : processes) {
        process.close();
      }
      tap.close();
      broker.close();
    } finally {
      database.close();
    }
  }

  @Test
  void a_service_killed_while_it_relays_under_load_loses_no_event_and_repeats_no_effect()
      throws Exception {
    ServiceProcess first = startService();
    ApiClient api = new ApiClient(first.port(), OpenApiContract.ofServedDocument());
    OutboxRows rows = new OutboxRows(database.superuserSettings());
    OrderLoad load = OrderLoad.start(api, first.demoToken(), CLIENTS);
    await().atMost(PATIENCE)
        .until(() -> load.placed().size() >= 60 && tap.messages().size() > 30);

    int exitCode = first.kill();
    load.close();
    long pendingAfterKill = rows.pending();
    Set<UUID> acknowledged = load.placed();

    ServiceProcess second = startService();
    Set<UUID> committed = rows.events();
    Set<UUID> placedEvents = rows.events("order.placed");
    await().atMost(PATIENCE).until(() -> tap.eventIds().containsAll(committed)
        && rows.handled(OrderNotifications.NAME).size() == placedEvents.size());
    second.close();

    List<UUID> notices = new ArrayList<>(notices(first));
    notices.addAll(notices(second));
    assertThat(exitCode).as("killed by SIGKILL").isEqualTo(128 + 9);
    assertThat(load.unexpectedAnswers()).isEmpty();
    assertThat(load.failedCalls()).as("calls cut by the kill").isPositive();
    assertThat(rows.ordersWith("order.placed")).as("every acknowledged order kept")
        .containsAll(acknowledged);
    assertThat(tap.eventIds()).as("every committed event published").containsAll(committed);
    assertThat(rows.pending()).isZero();
    assertThat(rows.handled(OrderNotifications.NAME)).as("one inbox record per placed order")
        .isEqualTo(placedEvents);
    assertThat(Set.copyOf(notices)).isEqualTo(placedEvents);
    // a notice is sent inside the handler's transaction: only the handlers that the kill cut
    // between sending and committing send theirs again (a real notifier dedups on the event id)
    assertThat(notices.size() - placedEvents.size())
        .isLessThanOrEqualTo(ConsumerSettings.DEFAULT_CONCURRENCY);
    System.out.printf("killed with %d orders acknowledged, %d events committed, %d pending;"
        + " %d messages published in all%n", acknowledged.size(), committed.size(),
        pendingAfterKill, tap.messages().size());
  }

  private ServiceProcess startService() {
    Map<String, String> environment = new HashMap<>();
    environment.put("PORT", "0");
    environment.put("DATABASE_URL", database.settings().jdbcUrl());
    environment.put("DATABASE_USER", database.settings().user());
    environment.put("DATABASE_PASSWORD", database.settings().password());
    environment.put("DATABASE_MIGRATE_ON_START", "false");
    environment.put("DATABASE_POOL_SIZE", "6");
    environment.put("RABBITMQ_URL", broker.uri().toString());
    environment.put("RABBITMQ_NAME_PREFIX", broker.prefix());
    // small batches: the kill lands between claims, publishes and marks, not after one big one
    environment.put("OUTBOX_BATCH_SIZE", "10");
    environment.put("OUTBOX_POLL_INTERVAL", "100ms");
    environment.put("SHUTDOWN_GRACE_PERIOD", "0s");
    environment.put("LOG_LEVEL", "info");
    ServiceProcess process = ServiceProcess.start(environment);
    processes.add(process);
    return process;
  }

  private static List<UUID> notices(ServiceProcess process) {
    List<UUID> events = new ArrayList<>();
    for (String line : process.lines()) {
      Matcher notice = NOTICE.matcher(line);
      if (notice.find()) {
        events.add(UUID.fromString(notice.group(1)));
      }
    }
    return events;
  }
}
