package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static com.example.orders.bootstrap.http.ErrorResponsesHttpTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.orders.bootstrap.LocalHttp;
import tools.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit trail through the running service on PostgreSQL: every order change is recorded with
 * who made it and what it changed, refused requests are recorded as security events, and
 * operators page through it with filters.
 */
class AuditTrailHttpTest {

  private static final String ADMIN = "orders:admin";
  private static final String AUDIT = "/api/v1/admin/audit";

  private static ApiService service;

  @BeforeAll
  static void start() {
    service = ApiService.start();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void each_change_of_an_order_is_recorded_with_its_caller_request_and_fields_before_and_after() {
    String tenant = ApiService.newTenant();
    String token = service.token(tenant, READ, WRITE);
    ApiResponse created = service.client().post("/api/v1/orders").token(token)
        .header("X-Request-Id", "create-" + tenant)
        .json(Bodies.newOrder("EUR", Bodies.line("BOOK-1", 2, 1_500, "EUR"))).send();
    String order = created.id();
    service.client().post("/api/v1/orders/" + order + "/place").token(token).ifMatch(1)
        .header("X-Request-Id", "place-" + tenant).send();
    service.client().post("/api/v1/orders/" + order + "/pay").token(token).ifMatch(2)
        .json(Bodies.payment("psp-4711")).send();

    JsonNode page = awaitChained(AUDIT + "?tenant=" + tenant);
    List<JsonNode> items = items(page);

    assertThat(items).extracting(item -> item.path("action").asString())
        .containsExactly("order.pay", "order.place", "order.create");
    assertThat(items).allSatisfy(item -> {
      assertThat(item.path("tenant").asString()).isEqualTo(tenant);
      assertThat(item.path("subject").asString()).isEqualTo("user-of-" + tenant);
      assertThat(item.path("clientIp").asString()).isEqualTo("127.0.0.1");
      assertThat(item.path("resourceType").asString()).isEqualTo("order");
      assertThat(item.path("resourceId").asString()).isEqualTo(order);
      assertThat(item.path("outcome").asString()).isEqualTo("success");
    });
    JsonNode create = items.get(2);
    assertThat(create.path("requestId").asString()).isEqualTo("create-" + tenant);
    assertThat(create.path("seq").asLong()).isEqualTo(1);
    assertThat(change(create, "status")).isEqualTo("null -> DRAFT");
    assertThat(change(create, "lines[BOOK-1]")).isEqualTo("null -> 2 x 1500 EUR");
    assertThat(change(create, "customer.email")).isEqualTo("withheld");
    assertThat(change(items.get(1), "status")).isEqualTo("DRAFT -> PLACED");
    assertThat(items.get(1).path("requestId").asString()).isEqualTo("place-" + tenant);
    assertThat(change(items.getFirst(), "paymentReference")).isEqualTo("null -> psp-4711");
    assertThat(change(items.getFirst(), "version")).isEqualTo("2 -> 3");
    assertThat(items.get(1).path("prevHash").asString())
        .isEqualTo(create.path("hash").asString());
    assertThat(page.toString()).doesNotContain("Ada", "ada@example.com");
  }

  @Test
  void a_cancellation_is_recorded_without_its_reason() {
    String tenant = ApiService.newTenant();
    String token = service.token(tenant, READ, WRITE);
    String order = service.client().post("/api/v1/orders").token(token)
        .json(Bodies.newOrder("EUR")).send().id();

    service.client().post("/api/v1/orders/" + order + "/cancel").token(token).ifMatch(1)
        .json(Bodies.cancellation("Ada Lovelace called")).send();

    JsonNode cancel = items(admin(AUDIT + "?tenant=" + tenant + "&action=order.cancel").json())
        .getFirst();
    assertThat(change(cancel, "status")).isEqualTo("DRAFT -> CANCELLED");
    assertThat(change(cancel, "cancellationReason")).isEqualTo("withheld");
    assertThat(cancel.toString()).doesNotContain("Lovelace");
  }

  @Test
  void a_request_without_an_acceptable_token_is_recorded_as_a_security_event_of_no_tenant() {
    String requestId = "no-token-" + UUID.randomUUID();

    ApiResponse refused = service.client().get("/api/v1/orders").token("not-a-jwt")
        .header("X-Request-Id", requestId).send();

    assertProblem(refused, 401, "auth.token-invalid");
    JsonNode event = awaitEvent("-", "auth.unauthenticated", requestId);
    assertThat(event.path("tenant").isNull()).isTrue();
    assertThat(event.path("subject").asString()).isEqualTo("anonymous");
    assertThat(event.path("clientIp").asString()).isEqualTo("127.0.0.1");
    assertThat(event.path("resourceType").asString()).isEqualTo("route");
    assertThat(event.path("resourceId").asString()).isEqualTo("GET /api/v1/orders");
    assertThat(event.path("outcome").asString()).isEqualTo("denied");
  }

  @Test
  void a_token_without_the_scope_is_recorded_as_a_security_event_of_its_tenant() {
    String tenant = ApiService.newTenant();
    String requestId = "no-scope-" + UUID.randomUUID();

    ApiResponse refused = service.client().post("/api/v1/orders").token(service.token(tenant, READ))
        .header("X-Request-Id", requestId).json(Bodies.newOrder("EUR")).send();

    assertProblem(refused, 403, "auth.scope-insufficient");
    JsonNode event = awaitEvent(tenant, "auth.forbidden", requestId);
    assertThat(event.path("tenant").asString()).isEqualTo(tenant);
    assertThat(event.path("subject").asString()).isEqualTo("user-of-" + tenant);
    assertThat(event.path("resourceId").asString()).isEqualTo("POST /api/v1/orders");
  }

  @Test
  void a_request_over_its_rate_limit_is_recorded_as_a_security_event_of_its_tenant() {
    try (ApiService limited = ApiService.start(Map.of("RATE_LIMIT_READ", "1/1m"))) {
      String tenant = ApiService.newTenant();
      String token = limited.token(tenant, READ);
      String requestId = "limited-" + UUID.randomUUID();

      limited.client().get("/api/v1/orders").token(token).send();
      ApiResponse refused = limited.client().get("/api/v1/orders").token(token)
          .header("X-Request-Id", requestId).send();

      assertProblem(refused, 429, "request.rate-limited");
      JsonNode event = awaitEvent(limited, tenant, "ratelimit.rejected", requestId);
      assertThat(event.path("subject").asString()).isEqualTo("user-of-" + tenant);
      assertThat(event.path("clientIp").asString()).isEqualTo("127.0.0.1");
      assertThat(event.path("resourceId").asString()).isEqualTo("GET /api/v1/orders");
      assertThat(event.path("outcome").asString()).isEqualTo("rejected");
    }
  }

  @Test
  void a_flood_of_one_refusal_is_recorded_as_its_first_request_and_one_count_of_the_others() {
    try (ApiService flooded = ApiService.start(Map.of("AUDIT_SECURITY_REPEAT_WINDOW", "2s"))) {
      int requests = 40;
      for (int i = 0; i < requests; i++) {
        ApiResponse refused = flooded.client().get("/api/v1/orders/" + UUID.randomUUID())
            .token("not-a-jwt").header("X-Request-Id", "flood-" + i).send();
        assertProblem(refused, 401, "auth.token-invalid");
      }

      List<JsonNode> entries = new ArrayList<>();
      await().atMost(Duration.ofSeconds(15)).until(() -> {
        entries.clear();
        entries.addAll(items(admin(flooded,
            AUDIT + "?limit=500&tenant=-&action=auth.unauthenticated").json()));
        return entries.size() >= 2;
      });

      assertThat(entries).hasSize(2);
      JsonNode first = entries.stream()
          .filter(entry -> entry.path("requestId").asString().equals("flood-0")).findFirst()
          .orElseThrow(() -> new AssertionError("no entry of the first request: " + entries));
      assertThat(first.path("changes").isEmpty()).isTrue();
      JsonNode count = entries.stream().filter(entry -> entry != first).findFirst().orElseThrow();
      assertThat(count.path("requestId").isNull()).isTrue();
      assertThat(count.path("clientIp").asString()).isEqualTo("127.0.0.1");
      assertThat(count.path("resourceId").asString()).isEqualTo("GET /api/v1/orders/{id}");
      assertThat(count.path("outcome").asString()).isEqualTo("denied");
      assertThat(change(count, "repeats")).isEqualTo("null -> " + (requests - 1));
      assertThat(LocalHttp.get(flooded.port(), "/metrics").body())
          .contains("orders_audit_security_events_folded_total " + (requests - 1) + ".0");
    }
  }

  @Test
  void the_trail_is_filtered_by_subject_action_resource_and_time_and_paged_by_cursor() {
    String tenant = ApiService.newTenant();
    String token = service.token(tenant, READ, WRITE);
    Instant before = Instant.now();
    List<String> orders = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      orders.add(service.client().post("/api/v1/orders").token(token)
          .json(Bodies.newOrder("EUR")).send().id());
    }
    service.client().post("/api/v1/orders/" + orders.get(2) + "/cancel").token(token).ifMatch(1)
        .json(Bodies.cancellation("no")).send();
    String base = AUDIT + "?tenant=" + tenant;

    JsonNode first = admin(base + "&action=order.create&limit=2").json();
    JsonNode second = admin(base + "&action=order.create&limit=2&cursor="
        + first.path("nextCursor").asString()).json();
    JsonNode third = admin(base + "&action=order.create&limit=2&cursor="
        + second.path("nextCursor").asString()).json();

    assertThat(resourceIds(first)).containsExactly(orders.get(4), orders.get(3));
    assertThat(resourceIds(second)).containsExactly(orders.get(2), orders.get(1));
    assertThat(resourceIds(third)).containsExactly(orders.getFirst());
    assertThat(third.path("nextCursor").isNull()).isTrue();
    assertThat(resourceIds(admin(base + "&resourceType=order&resourceId=" + orders.get(2)).json()))
        .containsExactly(orders.get(2), orders.get(2));
    assertThat(items(admin(base + "&subject=user-of-" + tenant).json())).hasSize(6);
    assertThat(items(admin(base + "&subject=someone-else").json())).isEmpty();
    assertThat(items(admin(base + "&from=" + encode(before.minusSeconds(60)) + "&to="
        + encode(before.minusSeconds(1))).json())).isEmpty();
    assertThat(items(admin(base + "&from=" + encode(before.minusSeconds(1)) + "&to="
        + encode(Instant.now().plusSeconds(60))).json())).hasSize(6);
  }

  @Test
  void a_query_without_a_tenant_or_with_a_malformed_filter_is_400() {
    assertProblem(admin(AUDIT), 400, "request.invalid-parameter");
    assertProblem(admin(AUDIT + "?tenant=acme&cursor=abc"), 400, "request.invalid-parameter");
    assertProblem(admin(AUDIT + "?tenant=acme&from=yesterday"), 400, "request.invalid-parameter");
    assertProblem(admin(AUDIT + "?tenant=acme&limit=501"), 400, "request.invalid-parameter");
    assertProblem(admin(AUDIT + "?tenant=_acme"), 400, "request.invalid-parameter");
    assertProblem(admin(AUDIT + "?tenant=acme&subject=a%00b"), 400, "request.invalid-parameter");
  }

  private static ApiResponse admin(String path) {
    return admin(service, path);
  }

  private static ApiResponse admin(ApiService on, String path) {
    return on.client().get(path).token(on.token(ApiService.newTenant(), ADMIN)).send();
  }

  /** The page, once the sealer has chained every entry on it (moments after their commit). */
  private static JsonNode awaitChained(String path) {
    List<JsonNode> page = new ArrayList<>();
    await().atMost(Duration.ofSeconds(10)).until(() -> {
      page.clear();
      page.add(admin(path).json());
      return items(page.getFirst()).stream().noneMatch(item -> item.path("seq").isNull());
    });
    return page.getFirst();
  }

  private static JsonNode awaitEvent(String tenant, String action, String requestId) {
    return awaitEvent(service, tenant, action, requestId);
  }

  private static JsonNode awaitEvent(
      ApiService on, String tenant, String action, String requestId) {
    List<JsonNode> found = new ArrayList<>();
    await().atMost(Duration.ofSeconds(10)).until(() -> {
      found.clear();
      items(admin(on, AUDIT + "?limit=500&tenant=" + tenant + "&action=" + action).json()).stream()
          .filter(item -> item.path("requestId").asString().equals(requestId))
          .forEach(found::add);
      return !found.isEmpty();
    });
    return found.getFirst();
  }

  private static List<JsonNode> items(JsonNode page) {
    return StreamSupport.stream(page.path("items").spliterator(), false).toList();
  }

  private static List<String> resourceIds(JsonNode page) {
    return items(page).stream().map(item -> item.path("resourceId").asString()).toList();
  }

  /** {@code before -> after} of a field of an entry, or {@code withheld}. */
  private static String change(JsonNode entry, String field) {
    for (JsonNode change : entry.path("changes")) {
      if (change.path("field").asString().equals(field)) {
        return change.path("withheld").asBoolean()
            ? "withheld"
            : text(change.path("before")) + " -> " + text(change.path("after"));
      }
    }
    throw new AssertionError("no change of " + field + " in " + entry);
  }

  private static String text(JsonNode value) {
    return value.isNull() ? "null" : value.asString();
  }

  private static String encode(Instant instant) {
    return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
  }
}
