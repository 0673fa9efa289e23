package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ErrorResponsesHttpTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.persistence.postgres.PostgresSettings;
import com.example.orders.adapters.persistence.testing.TestDatabase;
import com.example.orders.bootstrap.OrdersService;
import com.example.orders.bootstrap.config.Config;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * When a dependency is down, callers are told to come back later, never blamed (401) or given 500.
 */
@ExtendWith(SharedApiService.class)
class UnavailableDependenciesHttpTest {

  private final ApiService trusted;

  UnavailableDependenciesHttpTest(ApiService trusted) {
    this.trusted = trusted;
  }

  @Test
  void an_unreachable_identity_provider_is_503_with_retry_after_not_401() throws IOException {
    try (TestDatabase database = TestDatabase.create()) {
      Map<String, String> environment = ApiService.environment(database.settings());
      environment.put(
          "AUTH_ISSUER", "http://127.0.0.1:" + closedPort() + "/" + ApiService.ISSUER_ID);

      try (OrdersService service = OrdersService.start(Config.fromEnvironment(environment))) {
        ApiClient api = new ApiClient(service.port(), OpenApiContract.ofServedDocument());
        String token = trusted.token(ApiService.newTenant(), READ);

        ApiResponse response = api.get("/api/v1/orders").token(token).send();

        assertProblem(response, 503, "dependency.unavailable");
        assertThat(response.header("Retry-After")).hasValue("1");
        assertThat(response.json().path("detail").asString()).startsWith("identity-provider");
      }
    }
  }

  @Test
  void an_unreachable_database_is_503_with_retry_after() {
    // port 1 on loopback: nothing listens there, so every connection is refused at once
    Map<String, String> environment =
        ApiService.environment(
            new PostgresSettings(
                "jdbc:postgresql://127.0.0.1:1/orders", "orders", "", 2, Duration.ofMillis(500)));
    environment.put("DATABASE_CONNECTION_TIMEOUT", "500ms");
    environment.put("AUTH_ISSUER", trusted.issuer());

    try (OrdersService service = OrdersService.start(Config.fromEnvironment(environment))) {
      ApiClient api = new ApiClient(service.port(), OpenApiContract.ofServedDocument());

      ApiResponse response =
          api.get("/api/v1/orders").token(trusted.token(ApiService.newTenant(), READ)).send();

      assertProblem(response, 503, "dependency.unavailable");
      assertThat(response.header("Retry-After")).hasValue("1");
      assertThat(response.json().path("detail").asString()).startsWith("database");
      SecurityHeadersHttpTest.assertSecurityHeaders(response);
    }
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
