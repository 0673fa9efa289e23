package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static com.example.orders.bootstrap.http.Bodies.line;
import static com.example.orders.bootstrap.http.Bodies.newOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Every kind of error leaves as problem+json with its documented status and stable code. */
@ExtendWith(SharedApiService.class)
class ErrorResponsesHttpTest {

  private static final String ORDERS = "/api/v1/orders";
  private static final String NO_SUCH_ORDER = ORDERS + "/0190a6a0-0000-7000-8000-000000000001";

  private final ApiClient api;
  private final String token;

  ErrorResponsesHttpTest(ApiService service) {
    this.api = service.client();
    this.token = service.token(ApiService.newTenant(), READ, WRITE);
  }

  @Test
  void a_body_that_is_not_json_is_400_malformed_json() {
    ApiResponse response = api.post(ORDERS).token(token).json("{\"currency\": EUR").send();

    assertProblem(response, 400, "request.malformed-json");
  }

  @Test
  void a_body_that_is_not_utf_8_is_400_malformed_json() {
    byte[] latin1 = newOrder("EUR").replace("Ada", "Zoë").getBytes(StandardCharsets.ISO_8859_1);

    ApiResponse response = api.post(ORDERS).token(token).body("application/json", latin1).send();

    assertProblem(response, 400, "request.malformed-json");
    assertThat(response.json().path("detail").asString()).contains("not valid UTF-8");
  }

  @Test
  void a_field_of_the_wrong_json_type_is_400_and_points_at_it() {
    ApiResponse response =
        api.post(ORDERS)
            .token(token)
            .json(
                newOrder(
                    "EUR",
                    line("A-1", 1, 100, "EUR").replace("\"quantity\":1", "\"quantity\":\"1\"")))
            .send();

    assertProblem(response, 400, "request.invalid-body");
    assertThat(fieldErrors(response))
        .containsExactly(tuple("/lines/0/quantity", "field.type-mismatch"));
  }

  @Test
  void an_unknown_field_is_400() {
    ApiResponse response =
        api.post(ORDERS)
            .token(token)
            .json(newOrder("EUR").replace("\"currency\"", "\"coupon\":\"FREE\",\"currency\""))
            .send();

    assertProblem(response, 400, "request.invalid-body");
    assertThat(fieldErrors(response)).containsExactly(tuple("/coupon", "field.unknown"));
  }

  @Test
  void missing_fields_are_400_and_all_listed() {
    ApiResponse response =
        api.post(ORDERS).token(token).json("{\"lines\":[{\"sku\":\"A-1\"}]}").send();

    assertProblem(response, 400, "request.invalid-body");
    assertThat(fieldErrors(response))
        .containsExactly(
            tuple("/customer", "field.required"), tuple("/currency", "field.required"),
            tuple("/lines/0/unitPrice", "field.required"),
                tuple("/lines/0/quantity", "field.required"));
  }

  @Test
  void an_unknown_status_in_the_query_is_400() {
    ApiResponse response = api.get(ORDERS + "?status=LOST").token(token).send();

    assertProblem(response, 400, "request.invalid-parameter");
    assertThat(fieldErrors(response)).containsExactly(tuple("status", "order.status-invalid"));
  }

  @Test
  void values_the_domain_refuses_are_422_with_every_invalid_field() {
    ApiResponse response =
        api.post(ORDERS)
            .token(token)
            .json(
                """
                {"customer":{"name":"","email":"ada"},"currency":"EUR",
                 "lines":[{"sku":"a b","quantity":0,
                           "unitPrice":{"amountMinor":100,"currency":"EUR"}}]}\
                """)
            .send();

    assertProblem(response, 422, "request.validation-failed");
    assertThat(fieldErrors(response))
        .containsExactly(
            tuple("/customer/name", "customer.name-invalid"),
            tuple("/customer/email", "customer.email-invalid"),
            tuple("/lines/0/sku", "sku.invalid"),
            tuple("/lines/0/quantity", "line.quantity-out-of-range"));
  }

  @Test
  void a_nul_character_in_a_name_is_422_naming_the_field() {
    ApiResponse response =
        api.post(ORDERS)
            .token(token)
            .json(newOrder("EUR").replace("Ada Lovelace", "Ada\\u0000Lovelace"))
            .send();

    assertProblem(response, 422, "request.validation-failed");
    assertThat(fieldErrors(response))
        .containsExactly(tuple("/customer/name", "customer.name-invalid"));
  }

  @Test
  void a_nul_character_in_a_cancellation_reason_is_422_naming_the_field() {
    ApiResponse response =
        api.post(create() + "/cancel")
            .token(token)
            .ifMatch(1)
            .json(Bodies.cancellation("oops\\u0000"))
            .send();

    assertProblem(response, 422, "request.validation-failed");
    assertThat(fieldErrors(response))
        .containsExactly(tuple("/reason", "cancellation.reason-invalid"));
  }

  @Test
  void a_line_in_another_currency_than_its_order_is_422() {
    String order = create();

    ApiResponse response =
        api.post(order + "/lines").token(token).ifMatch(1).json(line("A-1", 1, 100, "USD")).send();

    assertProblem(response, 422, "money.currency-mismatch");
  }

  @Test
  void an_order_id_that_is_not_a_uuid_is_400() {
    ApiResponse response = api.get(ORDERS + "/42").token(token).send();

    assertProblem(response, 400, "request.invalid-parameter");
    assertThat(fieldErrors(response)).containsExactly(tuple("id", "order.id-invalid"));
  }

  @Test
  void a_malformed_sku_in_the_path_is_400() {
    ApiResponse response =
        api.delete(create() + "/lines/not%20a%20sku").token(token).ifMatch(1).send();

    assertProblem(response, 400, "request.invalid-parameter");
    assertThat(fieldErrors(response)).containsExactly(tuple("sku", "sku.invalid"));
  }

  @Test
  void a_body_that_is_not_json_by_its_content_type_is_415() {
    ApiResponse response = api.post(ORDERS).token(token).body("text/plain", newOrder("EUR")).send();

    assertProblem(response, 415, "request.unsupported-media-type");
  }

  @Test
  void a_body_over_the_size_limit_is_413() {
    String reason = "x".repeat(ApiService.MAX_REQUEST_BYTES);

    ApiResponse response =
        api.post(create() + "/cancel")
            .token(token)
            .ifMatch(1)
            .json(Bodies.cancellation(reason))
            .send();

    assertProblem(response, 413, "request.too-large");
  }

  @Test
  void an_oversized_body_is_413_even_where_the_operation_takes_no_body() {
    String order = create();
    String body = "x".repeat(ApiService.MAX_REQUEST_BYTES + 1);

    ApiResponse read = api.method("GET", order).token(token).json(body).send();
    ApiResponse place = api.post(order + "/place").token(token).ifMatch(1).json(body).send();

    assertProblem(read, 413, "request.too-large");
    assertProblem(place, 413, "request.too-large");
  }

  @Test
  void a_method_a_known_path_does_not_support_is_405_with_allow() {
    ApiResponse response = api.method("PUT", ORDERS).token(token).json("{}").send();

    assertProblem(response, 405, "request.method-not-allowed");
    assertThat(response.header("Allow").orElseThrow()).contains("GET").contains("POST");
  }

  @Test
  void a_method_a_literal_path_does_not_support_is_405_not_a_read_of_the_templated_path() {
    ApiResponse read = api.get("/api/v1/orders/exports").token(token).send();
    ApiResponse anonymous = api.get("/api/v1/orders/exports").send();

    assertProblem(read, 405, "request.method-not-allowed");
    assertThat(read.header("Allow")).contains("POST");
    assertProblem(anonymous, 405, "request.method-not-allowed");
  }

  @Test
  void an_unknown_route_is_404() {
    ApiResponse response = api.get("/api/v1/invoices").token(token).send();

    assertProblem(response, 404, "request.route-not-found");
  }

  @Test
  void shipping_a_draft_is_409_illegal_transition() {
    ApiResponse response = api.post(create() + "/ship").token(token).ifMatch(1).send();

    assertProblem(response, 409, "order.illegal-transition");
  }

  @Test
  void placing_an_empty_order_is_409() {
    ApiResponse response = api.post(create() + "/place").token(token).ifMatch(1).send();

    assertProblem(response, 409, "order.empty");
  }

  @Test
  void adding_a_sku_the_order_has_is_409() {
    String order = create(line("A-1", 1, 100, "EUR"));

    ApiResponse response =
        api.post(order + "/lines").token(token).ifMatch(1).json(line("A-1", 2, 100, "EUR")).send();

    assertProblem(response, 409, "order.duplicate-sku");
  }

  @Test
  void removing_a_line_the_order_does_not_have_is_404() {
    ApiResponse response = api.delete(create() + "/lines/NOPE-1").token(token).ifMatch(1).send();

    assertProblem(response, 404, "order.line-not-found");
  }

  @Test
  void an_order_that_does_not_exist_is_404() {
    ApiResponse response = api.get(NO_SUCH_ORDER).token(token).send();

    assertProblem(response, 404, "order.not-found");
  }

  @Test
  void a_stale_if_match_is_412_naming_the_current_version() {
    String order = create();
    api.post(order + "/lines").token(token).ifMatch(1).json(line("A-1", 1, 100, "EUR")).send();

    ApiResponse response =
        api.post(order + "/lines").token(token).ifMatch(1).json(line("B-2", 1, 100, "EUR")).send();

    assertProblem(response, 412, "order.version-mismatch");
    assertThat(response.json().path("currentVersion").asLong()).isEqualTo(2);
  }

  @Test
  void a_change_without_if_match_is_428() {
    ApiResponse response = api.post(create() + "/place").token(token).send();

    assertProblem(response, 428, "request.precondition-required");
  }

  @Test
  void a_weak_or_wildcard_if_match_is_400() {
    String order = create();

    ApiResponse weak = api.post(order + "/place").token(token).header("If-Match", "W/\"1\"").send();
    ApiResponse wildcard = api.post(order + "/place").token(token).header("If-Match", "*").send();

    assertProblem(weak, 400, "request.invalid-if-match");
    assertProblem(wildcard, 400, "request.invalid-if-match");
  }

  @Test
  void a_problem_names_the_request_path_and_id() {
    ApiResponse response =
        api.get(NO_SUCH_ORDER).token(token).header("X-Request-Id", "trace-me-1").send();

    JsonNode problem = response.json();
    assertThat(problem.path("instance").asString()).isEqualTo(NO_SUCH_ORDER);
    assertThat(problem.path("requestId").asString()).isEqualTo("trace-me-1");
    assertThat(problem.path("type").asString())
        .isEqualTo("https://orders.example.com/problems/order.not-found");
  }

  private String create(String... lines) {
    ApiResponse created = api.post(ORDERS).token(token).json(newOrder("EUR", lines)).send();
    assertThat(created.status()).isEqualTo(201);
    return ORDERS + "/" + created.id();
  }

  static void assertProblem(ApiResponse response, int status, String code) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.mediaType()).hasValue("application/problem+json");
    assertThat(response.code()).isEqualTo(code);
  }

  static List<Tuple> fieldErrors(ApiResponse response) {
    List<Tuple> errors = new ArrayList<>();
    response
        .json()
        .path("errors")
        .forEach(
            error ->
                errors.add(tuple(error.path("field").asString(), error.path("code").asString())));
    return errors;
  }
}
