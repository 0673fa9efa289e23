package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static com.example.orders.bootstrap.http.Bodies.line;
import static com.example.orders.bootstrap.http.Bodies.newOrder;
import static com.example.orders.bootstrap.http.ErrorResponsesHttpTest.assertProblem;
import static com.example.orders.bootstrap.http.ErrorResponsesHttpTest.fieldErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Listing pages through a tenant's orders, newest first, with an opaque cursor. */
@ExtendWith(SharedApiService.class)
class PaginationHttpTest {

  private static final int ORDERS = 5;

  private final ApiClient api;
  private final String token;
  private final List<String> newestFirst = new ArrayList<>();

  PaginationHttpTest(ApiService service) {
    this.api = service.client();
    this.token = service.token(ApiService.newTenant(), READ, WRITE);
    for (int i = 0; i < ORDERS; i++) {
      newestFirst.addFirst(
          api.post("/api/v1/orders")
              .token(token)
              .json(newOrder("EUR", line("SKU-" + i, 1, 100, "EUR")))
              .send()
              .id());
    }
  }

  @Test
  void pages_follow_each_other_until_the_cursor_runs_out() {
    List<String> seen = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    String next = "/api/v1/orders?limit=2";
    while (next != null) {
      JsonNode page = api.get(next).token(token).send().json();
      page.path("items").forEach(item -> seen.add(item.path("id").asString()));
      pageSizes.add(page.path("items").size());
      next =
          page.path("nextCursor").isNull()
              ? null
              : "/api/v1/orders?limit=2&cursor=" + page.path("nextCursor").asString();
    }

    assertThat(pageSizes).containsExactly(2, 2, 1);
    assertThat(seen).isEqualTo(newestFirst);
  }

  @Test
  void without_a_limit_a_page_holds_up_to_twenty() {
    JsonNode page = api.get("/api/v1/orders").token(token).send().json();

    assertThat(page.path("items")).hasSize(ORDERS);
    assertThat(page.path("nextCursor").isNull()).isTrue();
  }

  @Test
  void a_status_filter_lists_only_orders_with_that_status() {
    String placed = newestFirst.get(2);
    api.post("/api/v1/orders/" + placed + "/place").token(token).ifMatch(1).send();

    JsonNode page = api.get("/api/v1/orders?status=PLACED").token(token).send().json();

    assertThat(page.path("items")).hasSize(1);
    assertThat(page.path("items").get(0).path("id").asString()).isEqualTo(placed);
  }

  @Test
  void a_bad_limit_and_cursor_are_reported_together() {
    ApiResponse response = api.get("/api/v1/orders?limit=101&cursor=forged").token(token).send();

    assertProblem(response, 400, "request.invalid-parameter");
    assertThat(fieldErrors(response))
        .containsExactlyInAnyOrder(
            tuple("limit", "page.limit-out-of-range"), tuple("cursor", "page.cursor-invalid"));
  }

  @Test
  void a_limit_that_is_not_a_number_is_400() {
    ApiResponse response = api.get("/api/v1/orders?limit=ten").token(token).send();

    assertProblem(response, 400, "request.invalid-parameter");
    assertThat(fieldErrors(response)).containsExactly(tuple("limit", "page.limit-invalid"));
  }
}
