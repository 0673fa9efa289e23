package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static com.example.orders.bootstrap.http.Bodies.line;
import static com.example.orders.bootstrap.http.Bodies.newOrder;
import static com.example.orders.bootstrap.http.Bodies.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.orders.adapters.messaging.testing.TestBroker;
import com.example.orders.bootstrap.LocalHttp;
import com.example.orders.bootstrap.events.AsyncApiContract;
import com.example.orders.bootstrap.events.EventTap;
import com.example.orders.bootstrap.events.EventTap.Message;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What other systems see: orders changed over HTTP reach the broker as CloudEvents, one per
 * change, each valid against the AsyncAPI document and in the trace of the request.
 */
class OrderEventsHttpTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TRACE = "0af7651916cd43dd8448eb211c80319c";

  private static TestBroker broker;
  private static ApiService service;
  private static EventTap tap;
  private final AsyncApiContract contract = AsyncApiContract.ofServedDocument();

  @BeforeAll
  static void startWithBroker() throws Exception {
    broker = TestBroker.create();
    ServiceQueues.deleteOnClose(broker);
    tap = EventTap.open(broker);
    service = ApiService.start(Map.of(
        "RABBITMQ_URL", broker.uri().toString(),
        "RABBITMQ_NAME_PREFIX", broker.prefix(),
        "OUTBOX_POLL_INTERVAL", "200ms"));
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      service.close();
    } finally {
      tap.close();
      broker.close();
    }
  }

  @Test
  void an_order_placed_over_http_is_published_once_as_a_valid_cloudevent_in_the_requests_trace()
      throws Exception {
    String tenant = ApiService.newTenant();
    String token = service.token(tenant, READ, WRITE);
    ApiResponse created = service.client().post("/api/v1/orders").token(token)
        .json(newOrder("EUR", line("BOOK-1", 2, 1250, "EUR"))).send();
    service.client().post("/api/v1/orders/" + created.id() + "/place").token(token)
        .ifMatch(created.version())
        .header("traceparent", "00-" + TRACE + "-b7ad6b7169203331-01").send();

    List<Message> placed = awaitMessages(created.id(), "order.placed", 1);

    Message message = placed.getFirst();
    JsonNode event = JSON.readTree(message.body());
    assertThat(contract.violations("order.placed", message.body())).isEmpty();
    assertThat(message.properties().getContentType()).isEqualTo("application/cloudevents+json");
    assertThat(message.properties().getDeliveryMode()).isEqualTo(2);
    assertThat(message.properties().getMessageId()).isEqualTo(event.get("id").textValue());
    assertThat(message.routingKey()).isEqualTo("order.placed");
    assertThat(event.get("subject").textValue()).isEqualTo(created.id());
    assertThat(event.get("tenant").textValue()).isEqualTo(tenant);
    assertThat(event.get("aggregateversion").longValue()).isEqualTo(2);
    assertThat(event.get("data").get("total").get("amountMinor").longValue()).isEqualTo(2500);
    String traceParent = message.properties().getHeaders().get("traceparent").toString();
    assertThat(contract.headerViolations(Map.of("traceparent", traceParent))).isEmpty();
    assertThat(traceParent).startsWith("00-" + TRACE + "-").doesNotContain("b7ad6b7169203331");
    assertThat(event.get("traceparent").textValue()).isEqualTo(traceParent);
  }

  @Test
  void every_message_of_an_orders_life_is_valid_against_the_asyncapi_document() throws Exception {
    String token = service.token(ApiService.newTenant(), READ, WRITE);
    ApiResponse created = service.client().post("/api/v1/orders").token(token)
        .json(newOrder("EUR", line("BOOK-1", 1, 990, "EUR"))).send();
    String order = "/api/v1/orders/" + created.id();
    ApiResponse placed = service.client().post(order + "/place").token(token)
        .ifMatch(created.version()).send();
    ApiResponse paid = service.client().post(order + "/pay").token(token)
        .ifMatch(placed.version()).json(payment("psp-77")).send();
    service.client().post(order + "/ship").token(token).ifMatch(paid.version()).send();
    ApiResponse other = service.client().post("/api/v1/orders").token(token)
        .json(newOrder("EUR")).send();
    service.client().post("/api/v1/orders/" + other.id() + "/cancel").token(token)
        .ifMatch(other.version()).json(Bodies.cancellation("changed my mind")).send();

    List<Message> life = awaitMessages(created.id(), null, 4);
    List<Message> cancelled = awaitMessages(other.id(), "order.cancelled", 1);

    assertThat(life).extracting(message -> message.routingKey())
        .containsExactlyInAnyOrder("order.created", "order.placed", "order.paid", "order.shipped");
    for (Message message : concat(life, cancelled)) {
      assertThat(contract.violations(message.routingKey(), message.body()))
          .as(message.routingKey()).isEmpty();
    }
    assertThat(new String(cancelled.getFirst().body())).doesNotContain("changed my mind");
  }

  @Test
  void a_placed_order_gets_one_confirmation_and_a_redelivery_sends_no_second_one()
      throws Exception {
    String token = service.token(ApiService.newTenant(), READ, WRITE);
    double before = notices("order_confirmation");
    ApiResponse created = service.client().post("/api/v1/orders").token(token)
        .json(newOrder("EUR", line("BOOK-1", 1, 990, "EUR"))).send();
    service.client().post("/api/v1/orders/" + created.id() + "/place").token(token)
        .ifMatch(created.version()).send();
    Message placed = awaitMessages(created.id(), "order.placed", 1).getFirst();
    await().atMost(Duration.ofSeconds(30)).until(() -> notices("order_confirmation") > before);

    try (Channel channel = broker.channel()) {
      channel.basicPublish("", broker.topology().queue("notifications"), placed.properties(),
          placed.body());
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> delivered("notifications", "ok") >= 2);
    Thread.sleep(300);

    assertThat(notices("order_confirmation")).isEqualTo(before + 1);
  }

  @Test
  void the_asyncapi_document_is_served_beside_the_openapi_one() {
    ApiResponse document = service.client().get("/asyncapi.yaml").send();

    assertThat(document.status()).isEqualTo(200);
    assertThat(document.header("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/yaml"));
    assertThat(document.body()).startsWith("asyncapi: 3.0.0");
  }

  /** A counter of the service's {@code /metrics}, 0 when it has no sample yet. */
  private static double metric(String sample) {
    String metrics = LocalHttp.get(service.port(), "/metrics").body();
    return metrics.lines().filter(line -> line.startsWith(sample + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(sample.length() + 1)))
        .sum();
  }

  private static double notices(String kind) {
    return metric("notices_sent_total{kind=\"" + kind + "\"}");
  }

  private static double delivered(String consumer, String outcome) {
    return metric("consumer_deliveries_seconds_count{consumer=\"" + consumer
        + "\",outcome=\"" + outcome + "\"}");
  }

  /**
   * The tapped messages about {@code order} (of {@code type}, or any when null), once {@code
   * count} arrived and a moment passed in which no other one did.
   */
  private static List<Message> awaitMessages(String order, String type, int count)
      throws InterruptedException {
    await().atMost(Duration.ofSeconds(30)).until(() -> about(order, type).size() >= count);
    Thread.sleep(500);
    List<Message> messages = about(order, type);
    assertThat(messages).hasSize(count);
    return messages;
  }

  private static List<Message> about(String order, String type) {
    return tap.messages().stream()
        .filter(message -> type == null || message.routingKey().equals(type))
        .filter(message -> subject(message).equals(order))
        .toList();
  }

  private static String subject(Message message) {
    try {
      return JSON.readTree(message.body()).path("subject").asText();
    } catch (IOException unreadable) {
      return "";
    }
  }

  private static List<Message> concat(List<Message> first, List<Message> second) {
    List<Message> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
