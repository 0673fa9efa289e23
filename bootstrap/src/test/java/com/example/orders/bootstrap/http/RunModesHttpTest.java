package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static com.example.orders.bootstrap.http.Bodies.newOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.orders.adapters.messaging.testing.TestBroker;
import com.example.orders.bootstrap.LocalHttp;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** RUN_MODE splits one process's roles: the API alone, or the background work alone. */
class RunModesHttpTest {

  private static TestBroker broker;

  @BeforeAll
  static void connect() {
    broker = TestBroker.create();
    ServiceQueues.deleteOnClose(broker);
  }

  @AfterAll
  static void deleteTopology() throws Exception {
    broker.close();
  }

  @Test
  void a_worker_serves_no_api_and_is_ready_only_with_its_broker() {
    try (ApiService worker = ApiService.start(settings("worker"))) {
      String token = worker.token(ApiService.newTenant(), READ, WRITE);

      int api = LocalHttp.get(worker.port(), "/api/v1/orders", token).statusCode();

      assertThat(api).isEqualTo(404);
      await().atMost(Duration.ofSeconds(20)).until(() -> LocalHttp.get(worker.port(),
          "/health/ready").body().contains("\"broker\":{\"status\":\"UP\""));
      assertThat(LocalHttp.get(worker.port(), "/health/ready").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void an_api_process_accepts_changes_and_leaves_their_events_to_the_workers() {
    try (ApiService api = ApiService.start(settings("api"))) {
      String token = api.token(ApiService.newTenant(), READ, WRITE);

      ApiResponse created = api.client().post("/api/v1/orders").token(token)
          .json(newOrder("EUR")).send();
      String metrics = LocalHttp.get(api.port(), "/metrics").body();

      assertThat(created.status()).isEqualTo(201);
      assertThat(metrics).contains("outbox_pending_events 1.0");
      assertThat(LocalHttp.get(api.port(), "/health/ready").body()).doesNotContain("broker");
    }
  }

  private static Map<String, String> settings(String runMode) {
    return Map.of("RUN_MODE", runMode,
        "RABBITMQ_URL", broker.uri().toString(),
        "RABBITMQ_NAME_PREFIX", broker.prefix());
  }
}
