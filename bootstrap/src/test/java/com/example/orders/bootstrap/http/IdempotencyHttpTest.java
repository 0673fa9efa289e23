package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static com.example.orders.bootstrap.http.Bodies.line;
import static com.example.orders.bootstrap.http.Bodies.newOrder;
import static com.example.orders.bootstrap.http.Bodies.payment;
import static com.example.orders.bootstrap.http.ErrorResponsesHttpTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.persistence.postgres.PostgresSettings;
import com.example.orders.adapters.persistence.testing.TestDatabase;
import com.example.orders.bootstrap.OrdersService;
import com.example.orders.bootstrap.config.Config;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code Idempotency-Key} on unsafe requests, end to end on PostgreSQL. */
@ExtendWith(SharedApiService.class)
class IdempotencyHttpTest {

  private static final String ORDERS = "/api/v1/orders";

  private final ApiService service;
  private final ApiClient api;
  private final String tenant = ApiService.newTenant();
  private final String token;

  IdempotencyHttpTest(ApiService service) {
    this.service = service;
    this.api = service.client();
    this.token = service.token(tenant, READ, WRITE);
  }

  @Test
  void a_retried_create_with_the_same_key_stores_one_order_and_replays_the_first_answer() {
    String key = UUID.randomUUID().toString();
    String body = newOrder("EUR", line("BOOK-1", 2, 1250, "EUR"));

    ApiResponse first = api.post(ORDERS).token(token).header("Idempotency-Key", key).json(body)
        .send();
    ApiResponse retry = api.post(ORDERS).token(token).header("Idempotency-Key", key).json(body)
        .send();

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.header("Idempotent-Replayed")).isEmpty();
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).hasValue("true");
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(retry.json()).isEqualTo(first.json());
    assertThat(ordersOfTheTenant()).isOne();
  }

  @Test
  void concurrent_identical_creates_with_one_key_store_one_order_and_all_get_the_same_answer()
      throws Exception {
    String key = UUID.randomUUID().toString();
    String body = newOrder("EUR", line("BOOK-1", 1, 990, "EUR"));
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ApiResponse>> answers = new ArrayList<>();
    try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 12; i++) {
        answers.add(clients.submit(() -> {
          start.await();
          return api.post(ORDERS).token(token).header("Idempotency-Key", key).json(body).send();
        }));
      }
      start.countDown();
      List<String> locations = new ArrayList<>();
      for (Future<ApiResponse> answer : answers) {
        ApiResponse response = answer.get();
        assertThat(response.status()).isEqualTo(201);
        locations.add(response.header("Location").orElseThrow());
      }
      assertThat(locations).containsOnly(locations.getFirst());
    }
    assertThat(ordersOfTheTenant()).isOne();
  }

  @Test
  void the_same_key_with_a_different_body_is_422_and_changes_nothing() {
    String key = UUID.randomUUID().toString();
    api.post(ORDERS).token(token).header("Idempotency-Key", key).json(newOrder("EUR")).send();

    ApiResponse other = api.post(ORDERS).token(token).header("Idempotency-Key", key)
        .json(newOrder("USD")).send();

    assertProblem(other, 422, "idempotency.key-reused");
    assertThat(ordersOfTheTenant()).isOne();
  }

  @Test
  void the_same_key_on_another_operation_is_422() {
    String key = UUID.randomUUID().toString();
    ApiResponse created = api.post(ORDERS).token(token).header("Idempotency-Key", key)
        .json(newOrder("EUR", line("BOOK-1", 1, 990, "EUR"))).send();

    ApiResponse placed = api.post(created.header("Location").orElseThrow() + "/place")
        .token(token).ifMatch(1).header("Idempotency-Key", key).send();

    assertProblem(placed, 422, "idempotency.key-reused");
  }

  @Test
  void a_retried_change_replays_its_answer_instead_of_failing_on_the_new_version() {
    ApiResponse created = api.post(ORDERS).token(token)
        .json(newOrder("EUR", line("BOOK-1", 1, 990, "EUR"))).send();
    String location = created.header("Location").orElseThrow();
    api.post(location + "/place").token(token).ifMatch(1).send();
    String key = UUID.randomUUID().toString();

    ApiResponse paid = api.post(location + "/pay").token(token).ifMatch(2)
        .header("Idempotency-Key", key).json(payment("psp-1")).send();
    ApiResponse retry = api.post(location + "/pay").token(token).ifMatch(2)
        .header("Idempotency-Key", key).json(payment("psp-1")).send();

    assertThat(paid.status()).isEqualTo(200);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.header("Idempotent-Replayed")).hasValue("true");
    assertThat(retry.version()).isEqualTo(3);
  }

  @Test
  void a_retry_while_the_first_request_still_runs_is_409() throws SQLException {
    String key = UUID.randomUUID().toString();
    String caller = "user-of-" + tenant;
    // the first request's transaction: its key row inserted, not yet committed
    try (Connection first = connect(service.database())) {
      first.setAutoCommit(false);
      try (PreparedStatement claim = first.prepareStatement("INSERT INTO idempotency_keys"
          + " (tenant_id, caller, key, fingerprint, status, headers, body, created_at, expires_at)"
          + " VALUES (?, ?, ?, 'first', 0, '{}', '', now(), now() + interval '1 day')")) {
        claim.setString(1, tenant);
        claim.setString(2, caller);
        claim.setString(3, key);
        claim.executeUpdate();
      }

      ApiResponse retry = api.post(ORDERS).token(token).header("Idempotency-Key", key)
          .json(newOrder("EUR")).send();

      assertProblem(retry, 409, "idempotency.key-in-progress");
      first.rollback();
    }
    assertThat(ordersOfTheTenant()).isZero();
  }

  @Test
  void a_key_that_is_not_visible_ascii_is_400() {
    ApiResponse response = api.post(ORDERS).token(token).header("Idempotency-Key", "x".repeat(256))
        .json(newOrder("EUR")).send();

    assertProblem(response, 400, "request.invalid-idempotency-key");
  }

  @Test
  void a_retry_after_a_restart_still_replays_the_first_answer() {
    String key = UUID.randomUUID().toString();
    String body = newOrder("EUR", line("BOOK-1", 1, 990, "EUR"));
    try (TestDatabase database = TestDatabase.create()) {
      ApiResponse first;
      try (OrdersService before = start(database)) {
        first = client(before).post(ORDERS).token(token).header("Idempotency-Key", key).json(body)
            .send();
      }
      try (OrdersService after = start(database)) {
        ApiClient restarted = client(after);
        ApiResponse retry = restarted.post(ORDERS).token(token).header("Idempotency-Key", key)
            .json(body).send();

        assertThat(retry.header("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(restarted.get(ORDERS).token(token).send().json().path("items").size())
            .isOne();
      }
    }
  }

  private OrdersService start(TestDatabase database) {
    Map<String, String> environment = ApiService.environment(database.settings());
    environment.put("AUTH_ISSUER", service.issuer());
    return OrdersService.start(Config.fromEnvironment(environment));
  }

  private static ApiClient client(OrdersService running) {
    return new ApiClient(running.port(), OpenApiContract.ofServedDocument());
  }

  private int ordersOfTheTenant() {
    return api.get(ORDERS).token(token).send().json().path("items").size();
  }

  private static Connection connect(PostgresSettings settings) throws SQLException {
    return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
  }
}
