package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static com.example.orders.bootstrap.http.Bodies.line;
import static com.example.orders.bootstrap.http.Bodies.newOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.orders.adapters.messaging.testing.TestBroker;
import com.example.orders.bootstrap.LocalHttp;
import com.example.orders.bootstrap.events.AsyncApiContract;
import com.example.orders.bootstrap.events.EventTap;
import com.example.orders.bootstrap.events.EventTap.Message;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Order exports as jobs, end to end on PostgreSQL and RabbitMQ: the export answers {@code 202}
 * at once, its job moves from queued to succeeded as the worker's task runs, and the file holds
 * exactly the caller's orders that match; jobs are the tenant's own; and a placed order's notice
 * is sent by a task, once.
 */
class ExportJobsHttpTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static TestBroker broker;
  private static ApiService service;
  private static EventTap tap;

  @BeforeAll
  static void startWithBroker() throws Exception {
    broker = TestBroker.create();
    ServiceQueues.deleteOnClose(broker);
    tap = EventTap.open(broker, "task.*");
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
  void an_export_is_accepted_as_a_job_that_succeeds_with_exactly_the_callers_matching_orders() {
    String tenant = ApiService.newTenant();
    String token = service.token(tenant, READ, WRITE);
    ApiResponse draft = create(token);
    ApiResponse placed = place(token, create(token));
    ApiResponse alsoPlaced = place(token, create(token));
    String stranger = service.token(ApiService.newTenant(), READ, WRITE);
    place(stranger, create(stranger));

    ApiResponse accepted = service.client().post("/api/v1/orders/exports").token(token)
        .json("{\"status\":\"PLACED\"}").send();

    assertThat(accepted.status()).isEqualTo(202);
    assertThat(accepted.json().path("status").asString()).isEqualTo("QUEUED");
    String location = accepted.header("Location").orElseThrow();
    assertThat(location).isEqualTo("/api/v1/jobs/" + accepted.id());
    List<String> statuses = new ArrayList<>();
    JsonNode job = awaitFinished(token, location, statuses);
    assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
    assertThat(statuses).isSubsetOf("QUEUED", "RUNNING", "SUCCEEDED");
    assertThat(statuses).isSortedAccordingTo(
        (a, b) -> List.of("QUEUED", "RUNNING", "SUCCEEDED").indexOf(a)
            - List.of("QUEUED", "RUNNING", "SUCCEEDED").indexOf(b));
    assertThat(job.path("progress").path("processed").asLong()).isEqualTo(2);
    assertThat(job.path("resultUrl").asString()).isEqualTo(location + "/result");

    ApiResponse file = service.client().get(location + "/result").token(token).send();

    assertThat(file.status()).isEqualTo(200);
    assertThat(file.mediaType()).contains("application/jsonl");
    assertThat(file.body()).endsWith("\n");
    assertThat(lines(file)).extracting(order -> order.path("id").asString())
        .containsExactly(alsoPlaced.id(), placed.id());
    assertThat(lines(file)).allSatisfy(order -> {
      assertThat(order.path("status").asString()).isEqualTo("PLACED");
      assertThat(order.path("customer").path("name").asString()).isEqualTo("Ada Lovelace");
    });
    assertThat(lines(file)).extracting(order -> order.path("id").asString())
        .doesNotContain(draft.id());
  }

  @Test
  void an_export_keeps_to_the_creation_range_start_inclusive_end_exclusive() {
    String token = service.token(ApiService.newTenant(), READ, WRITE);
    ApiResponse first = create(token);
    ApiResponse second = create(token);
    ApiResponse third = create(token);
    String from = second.json().path("createdAt").asString();
    String to = third.json().path("createdAt").asString();

    ApiResponse accepted = service.client().post("/api/v1/orders/exports").token(token)
        .json("{\"createdFrom\":\"" + from + "\",\"createdTo\":\"" + to + "\"}").send();
    String location = accepted.header("Location").orElseThrow();
    awaitFinished(token, location, new ArrayList<>());
    ApiResponse file = service.client().get(location + "/result").token(token).send();

    assertThat(lines(file)).extracting(order -> order.path("id").asString())
        .containsExactly(second.id())
        .doesNotContain(first.id(), third.id());
  }

  @Test
  void another_tenants_job_and_its_result_are_not_found() {
    String token = service.token(ApiService.newTenant(), READ, WRITE);
    create(token);
    String location = service.client().post("/api/v1/orders/exports").token(token).json("{}")
        .send().header("Location").orElseThrow();
    awaitFinished(token, location, new ArrayList<>());
    String stranger = service.token(ApiService.newTenant(), READ);

    ApiResponse job = service.client().get(location).token(stranger).send();
    ApiResponse result = service.client().get(location + "/result").token(stranger).send();
    ApiResponse unknown = service.client()
        .get("/api/v1/jobs/0190a6a0-0000-7000-8000-000000000001").token(token).send();

    assertThat(job.status()).isEqualTo(404);
    assertThat(job.code()).isEqualTo("job.not-found");
    assertThat(result.status()).isEqualTo(404);
    assertThat(unknown.status()).isEqualTo(404);
  }

  @Test
  void bad_export_requests_are_problems_naming_each_field() {
    String token = service.token(ApiService.newTenant(), READ);

    ApiResponse badValues = service.client().post("/api/v1/orders/exports").token(token)
        .json("{\"status\":\"LOST\",\"createdFrom\":\"yesterday\"}").send();
    ApiResponse backwards = service.client().post("/api/v1/orders/exports").token(token)
        .json("{\"createdFrom\":\"2026-02-01T00:00:00Z\",\"createdTo\":\"2026-01-01T00:00:00Z\"}")
        .send();
    ApiResponse unknownField = service.client().post("/api/v1/orders/exports").token(token)
        .json("{\"format\":\"csv\"}").send();
    ApiResponse badId = service.client().get("/api/v1/jobs/not-a-uuid").token(token).send();

    assertThat(badValues.status()).isEqualTo(422);
    assertThat(badValues.json().path("errors").valueStream()
        .map(error -> error.path("field").asString() + " " + error.path("code").asString()))
        .containsExactlyInAnyOrder("/status order.status-invalid",
            "/createdFrom export.time-invalid");
    assertThat(backwards.status()).isEqualTo(422);
    assertThat(backwards.json().path("errors").path(0).path("code").asString())
        .isEqualTo("export.range-invalid");
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(badId.status()).isEqualTo(400);
    assertThat(badId.json().path("errors").path(0).path("code").asString())
        .isEqualTo("job.id-invalid");
  }

  @Test
  void an_export_retried_with_its_idempotency_key_answers_the_same_job_again() {
    String token = service.token(ApiService.newTenant(), READ);

    ApiResponse first = service.client().post("/api/v1/orders/exports").token(token)
        .header("Idempotency-Key", "export-1").json("{}").send();
    ApiResponse retry = service.client().post("/api/v1/orders/exports").token(token)
        .header("Idempotency-Key", "export-1").json("{}").send();
    ApiResponse other = service.client().post("/api/v1/orders/exports").token(token)
        .header("Idempotency-Key", "export-1").json("{\"status\":\"PAID\"}").send();

    assertThat(first.status()).isEqualTo(202);
    assertThat(retry.status()).isEqualTo(202);
    assertThat(retry.header("Idempotent-Replayed")).contains("true");
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(retry.id()).isEqualTo(first.id());
    assertThat(other.status()).isEqualTo(422);
    assertThat(other.code()).isEqualTo("idempotency.key-reused");
  }

  @Test
  void a_placed_order_sends_its_confirmation_through_one_task_run_and_metrics_count_the_runs()
      throws Exception {
    String token = service.token(ApiService.newTenant(), READ, WRITE);
    double runsBefore = metric("task_runs_seconds_count{outcome=\"ok\",task=\"send-notice\"}");
    double noticesBefore = metric("notices_sent_total{kind=\"order_confirmation\"}");

    place(token, create(token));

    await().atMost(PATIENCE).until(
        () -> metric("notices_sent_total{kind=\"order_confirmation\"}") > noticesBefore);
    Thread.sleep(1_000);
    assertThat(metric("notices_sent_total{kind=\"order_confirmation\"}"))
        .isEqualTo(noticesBefore + 1);
    assertThat(metric("task_runs_seconds_count{outcome=\"ok\",task=\"send-notice\"}"))
        .isEqualTo(runsBefore + 1);
  }

  @Test
  void tasks_travel_as_cloudevents_valid_against_the_asyncapi_document() throws Exception {
    String token = service.token(ApiService.newTenant(), READ, WRITE);
    place(token, create(token));
    ApiResponse export = service.client().post("/api/v1/orders/exports").token(token)
        .json("{\"status\":\"PLACED\",\"createdFrom\":\"2026-01-01T00:00:00Z\"}").send();

    await().atMost(PATIENCE).until(() -> {
      List<Message> tasks = tap.messages();
      return tasks.stream().anyMatch(task -> body(task).contains(export.id()))
          && tasks.stream().anyMatch(task -> task.routingKey().equals("task.send-notice"));
    });
    List<Message> tasks = tap.messages();

    AsyncApiContract contract = AsyncApiContract.ofServedDocument();
    assertThat(tasks).allSatisfy(task -> assertThat(
        contract.violations(task.routingKey(), task.body())).as(body(task)).isEmpty());
    assertThat(tasks).extracting(Message::routingKey)
        .contains("task.send-notice", "task.export-orders");
  }

  private static String body(Message message) {
    return new String(message.body(), StandardCharsets.UTF_8);
  }

  private static ApiResponse create(String token) {
    ApiResponse created = service.client().post("/api/v1/orders").token(token)
        .json(newOrder("EUR", line("BOOK-1", 1, 990, "EUR"))).send();
    assertThat(created.status()).isEqualTo(201);
    return created;
  }

  private static ApiResponse place(String token, ApiResponse created) {
    ApiResponse placed = service.client().post("/api/v1/orders/" + created.id() + "/place")
        .token(token).ifMatch(created.version()).send();
    assertThat(placed.status()).isEqualTo(200);
    return placed;
  }

  /** Polls the job until it is final, noting each status seen. */
  private static JsonNode awaitFinished(String token, String location, List<String> statuses) {
    JsonNode[] job = new JsonNode[1];
    await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> {
      ApiResponse response = service.client().get(location).token(token).send();
      assertThat(response.status()).isEqualTo(200);
      job[0] = response.json();
      String status = job[0].path("status").asString();
      if (statuses.isEmpty() || !statuses.getLast().equals(status)) {
        statuses.add(status);
      }
      return status.equals("SUCCEEDED") || status.equals("FAILED");
    });
    return job[0];
  }

  private static List<JsonNode> lines(ApiResponse file) {
    return file.body().lines().map(JSON::readTree).toList();
  }

  /** A sample of the service's {@code /metrics}, 0 when it has none yet. */
  private static double metric(String sample) {
    String metrics = LocalHttp.get(service.port(), "/metrics").body();
    return metrics.lines().filter(line -> line.startsWith(sample + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(sample.length() + 1)))
        .sum();
  }
}
