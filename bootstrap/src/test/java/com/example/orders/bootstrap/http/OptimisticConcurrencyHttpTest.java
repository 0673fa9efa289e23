package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static com.example.orders.bootstrap.http.Bodies.line;
import static com.example.orders.bootstrap.http.Bodies.newOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two writers holding the same ETag: one change wins, the other is refused, none is lost. */
@ExtendWith(SharedApiService.class)
class OptimisticConcurrencyHttpTest {

  private static final int RACES = 8;

  private final ApiClient api;
  private final String token;

  OptimisticConcurrencyHttpTest(ApiService service) {
    this.api = service.client();
    this.token = service.token(ApiService.newTenant(), READ, WRITE);
  }

  @Test
  void of_two_writers_with_the_same_etag_exactly_one_succeeds() throws Exception {
    try (ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int race = 0; race < RACES; race++) {
        String order =
            "/api/v1/orders/"
                + api.post("/api/v1/orders").token(token).json(newOrder("EUR")).send().id();
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<ApiResponse>> attempts = new ArrayList<>();
        for (String sku : List.of("LEFT-1", "RIGHT-1")) {
          attempts.add(
              CompletableFuture.supplyAsync(
                  () -> {
                    awaitQuietly(go);
                    return api.post(order + "/lines")
                        .token(token)
                        .ifMatch(1)
                        .json(line(sku, 1, 100, "EUR"))
                        .send();
                  },
                  writers));
        }
        go.countDown();

        List<Integer> statuses =
            attempts.stream().map(CompletableFuture::join).map(ApiResponse::status).toList();

        assertThat(statuses).as("race %d", race).containsOnlyOnce(200);
        assertThat(statuses)
            .as("race %d", race)
            .anySatisfy(status -> assertThat(status).isIn(409, 412));
        ApiResponse stored = api.get(order).token(token).send();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.json().path("lines")).hasSize(1);
      }
    }
  }

  @Test
  void a_read_naming_the_current_etag_is_304_without_a_body_and_a_change_makes_it_200() {
    String order =
        "/api/v1/orders/" + api.post("/api/v1/orders").token(token).json(newOrder("EUR")).send().id();

    ApiResponse unchanged = api.get(order).token(token).header("If-None-Match", "\"1\"").send();
    api.post(order + "/lines").token(token).ifMatch(1).json(line("SKU-1", 1, 100, "EUR")).send();
    ApiResponse changed = api.get(order).token(token).header("If-None-Match", "\"1\"").send();

    assertThat(unchanged.status()).isEqualTo(304);
    assertThat(unchanged.body()).isEmpty();
    assertThat(unchanged.header("ETag")).contains("\"1\"");
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.version()).isEqualTo(2);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }
}
