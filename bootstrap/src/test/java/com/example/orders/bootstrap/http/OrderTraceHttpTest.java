package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static com.example.orders.bootstrap.http.Bodies.line;
import static com.example.orders.bootstrap.http.Bodies.newOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.messaging.testing.TestBroker;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One trace follows an order (ADR 0033): from the HTTP request, through its SQL and the commit
 * of its events, the relay's publish, the broker and the consumer, to the task the consumer
 * enqueued and the notice that task sends. Real PostgreSQL and RabbitMQ, the service in run mode
 * {@code all}, every span kept in memory.
 */
class OrderTraceHttpTest {

  private static final AttributeKey<String> DB_SYSTEM = AttributeKey.stringKey("db.system.name");
  private static final AttributeKey<String> DB_NAMESPACE = AttributeKey.stringKey("db.namespace");
  private static final AttributeKey<String> DB_OPERATION =
      AttributeKey.stringKey("db.operation.name");
  private static final AttributeKey<String> DB_QUERY = AttributeKey.stringKey("db.query.text");
  private static final AttributeKey<String> DB_SUMMARY =
      AttributeKey.stringKey("db.query.summary");
  private static final AttributeKey<String> SERVER_ADDRESS =
      AttributeKey.stringKey("server.address");
  private static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  private static final AttributeKey<String> MESSAGING_SYSTEM =
      AttributeKey.stringKey("messaging.system");
  private static final AttributeKey<String> DESTINATION =
      AttributeKey.stringKey("messaging.destination.name");
  private static final AttributeKey<String> ROUTING_KEY =
      AttributeKey.stringKey("messaging.rabbitmq.destination.routing_key");
  private static final AttributeKey<String> MESSAGE_ID =
      AttributeKey.stringKey("messaging.message.id");
  private static final AttributeKey<String> CONSUMER_GROUP =
      AttributeKey.stringKey("messaging.consumer.group.name");
  private static final AttributeKey<String> TASK_NAME = AttributeKey.stringKey("orders.task.name");
  private static final AttributeKey<String> NOTICE_KIND =
      AttributeKey.stringKey("orders.notice.kind");

  private static final Random RANDOM = new Random();

  private static TestBroker broker;
  private static RecordedSpans spans;
  private static ApiService service;

  @BeforeAll
  static void startWithBrokerAndRecordedSpans() {
    broker = TestBroker.create();
    ServiceQueues.deleteOnClose(broker);
    spans = RecordedSpans.create();
    service = ApiService.start(Map.of(
        "RABBITMQ_URL", broker.uri().toString(),
        "RABBITMQ_NAME_PREFIX", broker.prefix(),
        "RUN_MODE", "all",
        "OUTBOX_POLL_INTERVAL", "200ms"), spans.telemetry());
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      service.close();
    } finally {
      try {
        broker.close();
      } finally {
        spans.close();
      }
    }
  }

  @Test
  void one_trace_follows_an_order_from_the_request_through_the_broker_to_the_notice() {
    String tenant = ApiService.newTenant();
    String token = service.token(tenant, READ, WRITE);
    String sku = "TRACE-" + HexFormat.of().withUpperCase().toHexDigits(RANDOM.nextInt());
    ApiResponse created = service.client().post("/api/v1/orders").token(token)
        .json(newOrder("EUR", line("BOOK-1", 2, 1250, "EUR"))).send();
    String order = "/api/v1/orders/" + created.id();
    ApiResponse added = service.client().post(order + "/lines").token(token)
        .ifMatch(created.version()).json(line(sku, 1, 990, "EUR")).send();
    String trace = hex(16);
    String callerSpan = hex(8);
    ApiResponse placed = service.client().post(order + "/place").token(token)
        .ifMatch(added.version())
        .header("traceparent", "00-" + trace + "-" + callerSpan + "-01").send();
    assertThat(placed.status()).isEqualTo(200);

    // the delivery of the task is the last span of the trace to end
    List<SpanData> inTrace = spans.await(all -> all.stream().anyMatch(span ->
        span.getTraceId().equals(trace) && span.getKind() == SpanKind.CONSUMER
            && "task-send-notice".equals(span.getAttributes().get(CONSUMER_GROUP))),
        Duration.ofSeconds(30)).stream().filter(span -> span.getTraceId().equals(trace)).toList();
    System.out.println("the order's trace:\n" + tree(inTrace));

    // the request: the server span continues the caller's trace, its SQL are its children
    SpanData request = one(inTrace, span -> span.getKind() == SpanKind.SERVER);
    assertThat(request.getParentSpanId()).isEqualTo(callerSpan);
    List<SpanData> requestSql = childrenOf(inTrace, request, OrderTraceHttpTest::isSql);
    assertThat(requestSql).isNotEmpty().allSatisfy(sql -> {
      assertThat(sql.getKind()).isEqualTo(SpanKind.CLIENT);
      assertThat(sql.getAttributes().get(DB_NAMESPACE)).startsWith("orders_test_");
      assertThat(sql.getAttributes().get(SERVER_ADDRESS)).isNotBlank();
      assertThat(sql.getAttributes().get(SERVER_PORT)).isNotNull();
    });
    // a statement's span names its operation and table (db.query.summary) and its text; the
    // commit's span names the operation (db.operation.name)
    List<SpanData> statements = requestSql.stream()
        .filter(sql -> sql.getAttributes().get(DB_QUERY) != null).toList();
    assertThat(statements).extracting(sql -> sql.getAttributes().get(DB_SUMMARY))
        .contains("INSERT outbox").anySatisfy(summary -> assertThat(summary).startsWith("UPDATE"));
    assertThat(statements).extracting(sql -> sql.getAttributes().get(DB_QUERY))
        .anySatisfy(query -> assertThat(query).startsWith("INSERT INTO outbox"));
    assertThat(requestSql).extracting(sql -> sql.getAttributes().get(DB_OPERATION))
        .contains("COMMIT");

    // the relay publishes order.placed as a child of the request, across the commit
    SpanData publish = one(inTrace, span -> span.getKind() == SpanKind.PRODUCER
        && "order.placed".equals(span.getAttributes().get(ROUTING_KEY)));
    assertThat(publish.getParentSpanId()).isEqualTo(request.getSpanId());
    assertThat(publish.getName()).isEqualTo("publish " + broker.topology().eventsExchange());
    assertThat(publish.getAttributes().get(MESSAGING_SYSTEM)).isEqualTo("rabbitmq");
    assertThat(publish.getAttributes().get(DESTINATION))
        .isEqualTo(broker.topology().eventsExchange());
    assertThat(publish.getAttributes().get(MESSAGE_ID)).isNotBlank();
    assertThat(publish.getStatus().getStatusCode()).isNotEqualTo(StatusCode.ERROR);

    // the notifications consumer: its parent came in the AMQP headers, its SQL are its children
    SpanData consume = one(inTrace, span -> span.getKind() == SpanKind.CONSUMER
        && "notifications".equals(span.getAttributes().get(CONSUMER_GROUP)));
    assertThat(consume.getParentSpanId()).isEqualTo(publish.getSpanId());
    assertThat(consume.getAttributes().get(MESSAGE_ID))
        .isEqualTo(publish.getAttributes().get(MESSAGE_ID));
    assertThat(consume.getAttributes().get(MESSAGING_SYSTEM)).isEqualTo("rabbitmq");
    assertThat(childrenOf(inTrace, consume, OrderTraceHttpTest::isSql)).isNotEmpty();

    // the task it enqueued goes out and in again, in the same trace, and sends the notice
    SpanData taskPublish = one(inTrace, span -> span.getKind() == SpanKind.PRODUCER
        && "task.send-notice".equals(span.getAttributes().get(ROUTING_KEY)));
    assertThat(taskPublish.getParentSpanId()).isEqualTo(consume.getSpanId());
    SpanData taskDelivery = one(inTrace, span -> span.getKind() == SpanKind.CONSUMER
        && "task-send-notice".equals(span.getAttributes().get(CONSUMER_GROUP)));
    assertThat(taskDelivery.getParentSpanId()).isEqualTo(taskPublish.getSpanId());
    SpanData task = one(inTrace, span -> "send-notice".equals(span.getAttributes().get(TASK_NAME)));
    assertThat(task.getName()).isEqualTo("task send-notice");
    assertThat(task.getParentSpanId()).isEqualTo(taskDelivery.getSpanId());
    SpanData notice = one(inTrace, span -> span.getName().equals("notice send"));
    assertThat(notice.getParentSpanId()).isEqualTo(task.getSpanId());
    assertThat(notice.getAttributes().get(NOTICE_KIND)).isEqualTo("ORDER_CONFIRMATION");
    assertThat(childrenOf(inTrace, task, OrderTraceHttpTest::isSql)).isNotEmpty();

    // no statement text carries a bound value, and no span names the tenant
    List<String> everyQuery = spans.finished().stream().filter(OrderTraceHttpTest::isSql)
        .map(sql -> sql.getAttributes().get(DB_QUERY)).filter(query -> query != null).toList();
    assertThat(everyQuery).isNotEmpty().allSatisfy(query ->
        assertThat(query).doesNotContain(sku, tenant, created.id(), "Ada Lovelace"));
    assertThat(inTrace).filteredOn(span -> span.getKind() != SpanKind.SERVER)
        .allSatisfy(span -> assertThat(span.getAttributes().asMap().values())
            .noneSatisfy(value -> assertThat(value.toString()).contains(tenant)));
  }

  private static boolean isSql(SpanData span) {
    return "postgresql".equals(span.getAttributes().get(DB_SYSTEM));
  }

  private static SpanData one(List<SpanData> spans, Predicate<SpanData> which) {
    List<SpanData> found = spans.stream().filter(which).toList();
    assertThat(found).as("in %s", names(spans)).hasSize(1);
    return found.getFirst();
  }

  private static List<SpanData> childrenOf(List<SpanData> spans, SpanData parent,
      Predicate<SpanData> which) {
    return spans.stream()
        .filter(span -> span.getParentSpanId().equals(parent.getSpanId()))
        .filter(which)
        .toList();
  }

  private static List<String> names(List<SpanData> spans) {
    return spans.stream().map(span -> span.getName() + " (" + span.getKind() + ")").toList();
  }

  /** The trace as an indented tree of span names, for the log and the docs' example. */
  private static String tree(List<SpanData> spans) {
    Map<String, List<SpanData>> children = spans.stream()
        .collect(Collectors.groupingBy(SpanData::getParentSpanId));
    StringBuilder out = new StringBuilder();
    spans.stream()
        .filter(span -> spans.stream().noneMatch(other ->
            other.getSpanId().equals(span.getParentSpanId())))
        .sorted(java.util.Comparator.comparingLong(SpanData::getStartEpochNanos))
        .forEach(root -> print(root, children, 0, out));
    return out.toString();
  }

  private static void print(SpanData span, Map<String, List<SpanData>> children, int depth,
      StringBuilder out) {
    out.append("  ".repeat(depth)).append(span.getName()).append(" [")
        .append(span.getKind()).append(']');
    String query = span.getAttributes().get(DB_QUERY);
    if (query != null) {
      out.append(" ").append(query.length() > 70 ? query.substring(0, 70) + "..." : query);
    }
    out.append('\n');
    children.getOrDefault(span.getSpanId(), List.of()).stream()
        .sorted(java.util.Comparator.comparingLong(SpanData::getStartEpochNanos))
        .forEach(child -> print(child, children, depth + 1, out));
  }

  private static String hex(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    random[0] |= 1;
    return HexFormat.of().formatHex(random);
  }
}
