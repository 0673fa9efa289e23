package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.orders.adapters.messaging.RetryPolicy;
import com.example.orders.adapters.messaging.testing.TestBroker;
import com.example.orders.application.notification.OrderNotifications;
import com.example.orders.bootstrap.LocalHttp;
import com.example.orders.bootstrap.events.EventTap;
import com.example.orders.testsupport.FaultyProxy;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RabbitMQ cut for real between the service and the broker (every connection closed, new ones
 * refused) while clients place orders over HTTP: the API goes on accepting them, their events
 * wait in the outbox, and once the broker is back every event is published and every placed
 * order gets exactly one confirmation, counted.
 */
class BrokerOutageHttpTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private TestBroker broker;
  private FaultyProxy proxy;
  private EventTap tap;
  private ApiService service;

  @BeforeEach
  void startBehindAProxy() throws Exception {
    broker = TestBroker.create();
    broker.deleteOnClose(OrderNotifications.NAME, RetryPolicy.DEFAULT);
    tap = EventTap.open(broker);
    proxy = FaultyProxy.to(broker.uri().getHost(), broker.uri().getPort());
    service = ApiService.start(Map.of(
        "RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:" + proxy.port() + "/%2F",
        "RABBITMQ_NAME_PREFIX", broker.prefix(),
        "OUTBOX_POLL_INTERVAL", "200ms",
        "HEALTH_CHECK_INTERVAL", "100ms"));
  }

  @AfterEach
  void stop() throws Exception {
    proxy.restore();
    try {
      service.close();
    } finally {
      proxy.close();
      tap.close();
      broker.close();
    }
  }

  @Test
  void orders_are_accepted_while_the_broker_is_cut_and_each_is_confirmed_once_after()
      throws Exception {
    String token = service.token(ApiService.newTenant(), READ, WRITE);
    OutboxRows rows = new OutboxRows(service.database());
    OrderLoad before = OrderLoad.start(service.client(), token, 2);
    await().atMost(PATIENCE).until(() -> before.placed().size() >= 10);
    before.close();
    await().atMost(PATIENCE).until(() -> notices() == before.placed().size());

    proxy.cut();
    OrderLoad during = OrderLoad.start(service.client(), token, 2);
    await().atMost(PATIENCE).until(() -> during.placed().size() >= 30);
    during.close();
    long pendingWhileCut = rows.pending();
    HttpResponse<String> readinessWhileCut = LocalHttp.get(service.port(), "/health/ready");
    proxy.restore();

    Set<UUID> placed = new HashSet<>(before.placed());
    placed.addAll(during.placed());
    Set<UUID> committed = rows.events();
    await().atMost(PATIENCE).until(() -> tap.eventIds().containsAll(committed)
        && notices() >= placed.size());
    await().atMost(PATIENCE).until(() -> rows.pending() == 0);
    Thread.sleep(1_000); // time for a repeat to show, were there one

    assertThat(before.unexpectedAnswers()).isEmpty();
    assertThat(during.unexpectedAnswers()).as("accepted while cut").isEmpty();
    assertThat(during.failedCalls()).isZero();
    assertThat(pendingWhileCut).as("events waiting in the outbox").isPositive();
    assertThat(readinessWhileCut.statusCode()).as("still ready: the API works").isEqualTo(200);
    assertThat(readinessWhileCut.body()).contains("\"broker\":{\"status\":\"DEGRADED\"");
    assertThat(rows.ordersWith("order.placed")).isEqualTo(placed);
    assertThat(tap.eventIds()).isEqualTo(committed);
    assertThat(notices()).as("one confirmation per placed order").isEqualTo(placed.size());
    assertThat(rows.handled(OrderNotifications.NAME)).isEqualTo(rows.events("order.placed"));
  }

  /** Confirmations sent by this service ({@code notices_sent_total}). */
  private long notices() {
    String sample = "notices_sent_total{kind=\"order_confirmation\"} ";
    return (long) LocalHttp.get(service.port(), "/metrics").body().lines()
        .filter(line -> line.startsWith(sample))
        .mapToDouble(line -> Double.parseDouble(line.substring(sample.length())))
        .sum();
  }
}
