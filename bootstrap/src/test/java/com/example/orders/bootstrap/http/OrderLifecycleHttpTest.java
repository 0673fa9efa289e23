package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static com.example.orders.bootstrap.http.Bodies.line;
import static com.example.orders.bootstrap.http.Bodies.newOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** The happy paths: an order's whole life over HTTP, against PostgreSQL and a real issuer. */
@ExtendWith(SharedApiService.class)
class OrderLifecycleHttpTest {

  private final ApiClient api;
  private final String token;

  OrderLifecycleHttpTest(ApiService service) {
    this.api = service.client();
    this.token = service.token(ApiService.newTenant(), READ, WRITE);
  }

  @Test
  void creating_an_order_answers_201_with_its_location_etag_and_body() {
    ApiResponse created =
        api.post("/api/v1/orders")
            .token(token)
            .json(newOrder("EUR", line("BOOK-1", 2, 1250, "EUR")))
            .send();

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).hasValue("/api/v1/orders/" + created.id());
    assertThat(created.header("ETag")).hasValue("\"1\"");
    JsonNode order = created.json();
    assertThat(order.path("status").asString()).isEqualTo("DRAFT");
    assertThat(order.path("customer").path("email").asString()).isEqualTo("ada@example.com");
    assertThat(order.path("lines").get(0).path("total").path("amountMinor").asLong())
        .isEqualTo(2500);
    assertThat(order.path("total").path("amountMinor").asLong()).isEqualTo(2500);
    assertThat(order.path("total").path("currency").asString()).isEqualTo("EUR");
    assertThat(order.path("version").asLong()).isEqualTo(1);
    assertThat(order.has("paymentReference")).isFalse();
  }

  @Test
  void the_location_of_a_new_order_reads_it_back() {
    ApiResponse created = api.post("/api/v1/orders").token(token).json(newOrder("EUR")).send();

    ApiResponse read = api.get(created.header("Location").orElseThrow()).token(token).send();

    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).hasValue("\"1\"");
    assertThat(read.json()).isEqualTo(created.json());
  }

  @Test
  void an_order_goes_from_draft_through_placed_and_paid_to_shipped() {
    ApiResponse created =
        api.post("/api/v1/orders")
            .token(token)
            .json(newOrder("EUR", line("BOOK-1", 1, 1000, "EUR")))
            .send();
    String order = "/api/v1/orders/" + created.id();

    ApiResponse added =
        api.post(order + "/lines")
            .token(token)
            .ifMatch(created.version())
            .json(line("PEN-7", 3, 250, "EUR"))
            .send();
    ApiResponse removed =
        api.delete(order + "/lines/BOOK-1").token(token).ifMatch(added.version()).send();
    ApiResponse placed = api.post(order + "/place").token(token).ifMatch(removed.version()).send();
    ApiResponse paid =
        api.post(order + "/pay")
            .token(token)
            .ifMatch(placed.version())
            .json(Bodies.payment("PSP-4711"))
            .send();
    ApiResponse shipped = api.post(order + "/ship").token(token).ifMatch(paid.version()).send();

    assertThat(added.json().path("total").path("amountMinor").asLong()).isEqualTo(1750);
    assertThat(removed.json().path("lines")).hasSize(1);
    assertThat(removed.json().path("total").path("amountMinor").asLong()).isEqualTo(750);
    assertThat(placed.json().path("status").asString()).isEqualTo("PLACED");
    assertThat(paid.json().path("paymentReference").asString()).isEqualTo("PSP-4711");
    assertThat(shipped.json().path("status").asString()).isEqualTo("SHIPPED");
    assertThat(shipped.version()).isEqualTo(6);
    JsonNode stored = api.get(order).token(token).send().json();
    assertThat(stored.path("status").asString()).isEqualTo("SHIPPED");
    assertThat(stored.path("version").asLong()).isEqualTo(6);
    assertThat(Instant.parse(stored.path("updatedAt").asString()))
        .isAfter(Instant.parse(stored.path("createdAt").asString()));
  }

  @Test
  void a_placed_order_can_be_cancelled_with_a_reason() {
    ApiResponse created =
        api.post("/api/v1/orders")
            .token(token)
            .json(newOrder("USD", line("MUG-2", 1, 900, "USD")))
            .send();
    String order = "/api/v1/orders/" + created.id();
    ApiResponse placed = api.post(order + "/place").token(token).ifMatch(created.version()).send();

    ApiResponse cancelled =
        api.post(order + "/cancel")
            .token(token)
            .ifMatch(placed.version())
            .json(Bodies.cancellation("changed my mind"))
            .send();

    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
    assertThat(cancelled.json().path("cancellationReason").asString()).isEqualTo("changed my mind");
    assertThat(cancelled.header("ETag")).hasValue("\"3\"");
  }
}
