package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static com.example.orders.bootstrap.http.Bodies.line;
import static com.example.orders.bootstrap.http.Bodies.newOrder;
import static com.example.orders.bootstrap.http.ErrorResponsesHttpTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant sees and changes only its own orders: the tenant comes from the token, never the
 * request.
 */
@ExtendWith(SharedApiService.class)
class TenantIsolationHttpTest {

  private final ApiClient api;
  private final String owner;
  private final String stranger;
  private final String order;

  TenantIsolationHttpTest(ApiService service) {
    this.api = service.client();
    this.owner = service.token(ApiService.newTenant(), READ, WRITE);
    this.stranger = service.token(ApiService.newTenant(), READ, WRITE);
    this.order =
        "/api/v1/orders/"
            + api.post("/api/v1/orders")
                .token(owner)
                .json(newOrder("EUR", line("A-1", 1, 100, "EUR")))
                .send()
                .id();
  }

  @Test
  void another_tenants_order_is_not_found() {
    assertProblem(api.get(order).token(stranger).send(), 404, "order.not-found");
  }

  @Test
  void another_tenants_order_cannot_be_changed() {
    assertProblem(
        api.post(order + "/place").token(stranger).ifMatch(1).send(), 404, "order.not-found");
    assertProblem(
        api.post(order + "/cancel")
            .token(stranger)
            .ifMatch(1)
            .json(Bodies.cancellation("mine now"))
            .send(),
        404,
        "order.not-found");

    ApiResponse unchanged = api.get(order).token(owner).send();
    assertThat(unchanged.json().path("status").asString()).isEqualTo("DRAFT");
    assertThat(unchanged.version()).isEqualTo(1);
  }

  @Test
  void another_tenants_orders_are_not_listed() {
    List<String> listed = new ArrayList<>();
    api.get("/api/v1/orders?limit=100")
        .token(stranger)
        .send()
        .json()
        .path("items")
        .forEach(item -> listed.add(item.path("id").asString()));

    assertThat(listed).doesNotContain(order.substring(order.lastIndexOf('/') + 1));
  }
}
