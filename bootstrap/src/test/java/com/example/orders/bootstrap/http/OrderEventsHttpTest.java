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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.GetResponse;
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
  private static String tap;
  private static final List<GetResponse> received = new ArrayList<>();
  private final AsyncApiContract contract = AsyncApiContract.ofServedDocument();

  @BeforeAll
  static void startWithBroker() throws Exception {
    broker = TestBroker.create();
    ServiceQueues.deleteOnClose(broker);
    tap = broker.prefix() + "orders.test-tap";
    try (Channel channel = broker.channel()) {
      channel.exchangeDeclare(broker.topology().eventsExchange(), BuiltinExchangeType.TOPIC, true);
      channel.queueDeclare(tap, true, false, false, Map.of("x-queue-type", "quorum"));
      channel.queueBind(tap, broker.topology().eventsExchange(), "order.*");
    }
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
      try (Channel channel = broker.channel()) {
        channel.queueDelete(tap);
      }
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

    List<GetResponse> placed = awaitMessages(created.id(), "order.placed", 1);

    GetResponse message = placed.getFirst();
    JsonNode event = JSON.readTree(message.getBody());
    assertThat(contract.violations("order.placed", message.getBody())).isEmpty();
    assertThat(message.getProps().getContentType()).isEqualTo("application/cloudevents+json");
    assertThat(message.getProps().getDeliveryMode()).isEqualTo(2);
    assertThat(message.getProps().getMessageId()).isEqualTo(event.get("id").textValue());
    assertThat(message.getEnvelope().getRoutingKey()).isEqualTo("order.placed");
    assertThat(event.get("subject").textValue()).isEqualTo(created.id());
    assertThat(event.get("tenant").textValue()).isEqualTo(tenant);
    assertThat(event.get("aggregateversion").longValue()).isEqualTo(2);
    assertThat(event.get("data").get("total").get("amountMinor").longValue()).isEqualTo(2500);
    String traceParent = message.getProps().getHeaders().get("traceparent").toString();
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

    List<GetResponse> life = awaitMessages(created.id(), null, 4);
    List<GetResponse> cancelled = awaitMessages(other.id(), "order.cancelled", 1);

    assertThat(life).extracting(message -> message.getEnvelope().getRoutingKey())
        .containsExactlyInAnyOrder("order.created", "order.placed", "order.paid", "order.shipped");
    for (GetResponse message : concat(life, cancelled)) {
      assertThat(contract.violations(message.getEnvelope().getRoutingKey(), message.getBody()))
          .as(message.getEnvelope().getRoutingKey()).isEmpty();
    }
    assertThat(new String(cancelled.getFirst().getBody())).doesNotContain("changed my mind");
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
    GetResponse placed = awaitMessages(created.id(), "order.placed", 1).getFirst();
    await().atMost(Duration.ofSeconds(30)).until(() -> notices("order_confirmation") > before);

    try (Channel channel = broker.channel()) {
      channel.basicPublish("", broker.topology().queue("notifications"), placed.getProps(),
          placed.getBody());
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
  private static List<GetResponse> awaitMessages(String order, String type, int count)
      throws Exception {
    await().atMost(Duration.ofSeconds(30)).until(() -> about(order, type).size() >= count);
    Thread.sleep(500);
    drain();
    List<GetResponse> messages = about(order, type);
    assertThat(messages).hasSize(count);
    return messages;
  }

  private static List<GetResponse> about(String order, String type) throws Exception {
    drain();
    synchronized (received) {
      return received.stream()
          .filter(message -> type == null || message.getEnvelope().getRoutingKey().equals(type))
          .filter(message -> subject(message).equals(order))
          .toList();
    }
  }

  private static void drain() throws Exception {
    try (Channel channel = broker.channel()) {
      GetResponse message;
      while ((message = channel.basicGet(tap, true)) != null) {
        synchronized (received) {
          received.add(message);
        }
      }
    }
  }

  private static String subject(GetResponse message) {
    try {
      return JSON.readTree(message.getBody()).path("subject").asText();
    } catch (IOException unreadable) {
      return "";
    }
  }

  private static List<GetResponse> concat(List<GetResponse> first, List<GetResponse> second) {
    List<GetResponse> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
