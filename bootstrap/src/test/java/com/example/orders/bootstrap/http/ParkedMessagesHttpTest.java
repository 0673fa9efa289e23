package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.orders.adapters.messaging.testing.TestBroker;
import com.example.orders.application.notification.OrderNotifications;
import com.example.orders.bootstrap.LocalHttp;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.MessageProperties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin API shows operators the messages a consumer parked, and sends them back. */
class ParkedMessagesHttpTest {

  private static final String ADMIN = "orders:admin";
  private static final String PARKED = "/api/v1/admin/consumers/notifications/parked";

  private static TestBroker broker;
  private static ApiService service;

  @BeforeAll
  static void startWithBroker() {
    broker = TestBroker.create();
    ServiceQueues.deleteOnClose(broker);
    service = ApiService.start(Map.of(
        "RABBITMQ_URL", broker.uri().toString(),
        "RABBITMQ_NAME_PREFIX", broker.prefix()));
    // the consumer's queues exist once it started (in the background): only then can a raw
    // message be put on them
    await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> broker.messageCount(
        broker.topology().parkedQueue(OrderNotifications.NAME)) >= 0);
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      service.close();
    } finally {
      broker.close();
    }
  }

  @Test
  void an_unreadable_message_is_listed_with_its_reason_and_can_be_replayed() throws Exception {
    String token = service.token(ApiService.newTenant(), ADMIN);
    String messageId = UUID.randomUUID().toString();
    try (Channel raw = broker.channel()) {
      AMQP.BasicProperties properties =
          MessageProperties.PERSISTENT_BASIC.builder().messageId(messageId).build();
      raw.basicPublish("", broker.topology().queue(OrderNotifications.NAME), properties,
          "{not json".getBytes(StandardCharsets.UTF_8));
    }
    await().atMost(Duration.ofSeconds(30)).until(() ->
        service.client().get(PARKED).token(token).send().json().path("items").size() == 1);

    ApiResponse listed = service.client().get(PARKED + "?limit=10").token(token).send();
    ApiResponse replayed =
        service.client().post(PARKED + "/" + messageId + "/replay").token(token).send();

    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.json().path("items").get(0).path("messageId").asString())
        .isEqualTo(messageId);
    assertThat(listed.json().path("items").get(0).path("reason").asString())
        .isEqualTo("not a readable event: the body is not JSON");
    assertThat(listed.json().path("items").get(0).path("attempts").asInt()).isZero();
    assertThat(replayed.status()).isEqualTo(200);
    assertThat(replayed.json().path("replayed").asInt()).isEqualTo(1);
  }

  @Test
  void metrics_show_how_many_messages_each_consumer_parked_as_sampled_from_the_broker()
      throws Exception {
    try (Channel raw = broker.channel()) {
      raw.basicPublish("", broker.topology().queue(OrderNotifications.NAME),
          MessageProperties.PERSISTENT_BASIC, "{not json either".getBytes(StandardCharsets.UTF_8));
    }
    String parkedQueue = broker.topology().parkedQueue(OrderNotifications.NAME);
    await().atMost(Duration.ofSeconds(30)).until(() -> broker.messageCount(parkedQueue) > 0);

    await().atMost(Duration.ofSeconds(30)).until(() -> LocalHttp.get(service.port(), "/metrics")
        .body().contains("consumer_parked_messages{consumer=\"notifications\"} "
            + broker.messageCount(parkedQueue) + ".0"));
    try (Channel raw = broker.channel()) {
      raw.queuePurge(parkedQueue); // the other tests count the parked messages of their own
    }
  }

  @Test
  void the_admin_api_needs_the_admin_scope() {
    String token = service.token(ApiService.newTenant(), READ, WRITE);

    ApiResponse refused = service.client().get(PARKED).token(token).send();

    assertThat(refused.status()).isEqualTo(403);
  }

  @Test
  void an_unknown_consumer_is_404_and_a_bad_limit_400() {
    String token = service.token(ApiService.newTenant(), ADMIN);

    ApiResponse unknown =
        service.client().get("/api/v1/admin/consumers/billing/parked").token(token).send();
    ApiResponse badLimit = service.client().get(PARKED + "?limit=0").token(token).send();

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().path("code").asString()).isEqualTo("admin.consumer-not-found");
    assertThat(badLimit.status()).isEqualTo(400);
  }
}
