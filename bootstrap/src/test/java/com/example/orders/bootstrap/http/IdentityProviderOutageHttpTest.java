package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.persistence.testing.TestDatabase;
import com.example.orders.bootstrap.OrdersService;
import com.example.orders.bootstrap.config.Config;
import com.example.orders.testsupport.FaultyProxy;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The identity provider cut for real between the service and its JWKS endpoint. */
@ExtendWith(SharedApiService.class)
class IdentityProviderOutageHttpTest {

  private final ApiService trusted;

  IdentityProviderOutageHttpTest(ApiService trusted) {
    this.trusted = trusted;
  }

  @Test
  void tokens_signed_with_keys_already_fetched_keep_working_while_the_jwks_endpoint_is_down() {
    URI issuer = URI.create(trusted.issuer());
    try (TestDatabase database = TestDatabase.create();
        FaultyProxy proxy = FaultyProxy.to(issuer.getHost(), issuer.getPort())) {
      Map<String, String> environment = ApiService.environment(database.settings());
      environment.put("AUTH_ISSUER", trusted.issuer());
      environment.put("AUTH_JWKS_URI",
          "http://127.0.0.1:" + proxy.port() + issuer.getPath() + "/jwks");
      try (OrdersService service = OrdersService.start(Config.fromEnvironment(environment))) {
        ApiClient api = new ApiClient(service.port(), OpenApiContract.ofServedDocument());
        String tenant = ApiService.newTenant();
        assertThat(api.get("/api/v1/orders").token(trusted.token(tenant, READ)).send().status())
            .isEqualTo(200);

        proxy.cut();
        ApiResponse withAnotherToken =
            api.get("/api/v1/orders").token(trusted.token(tenant, READ)).send();

        assertThat(withAnotherToken.status()).as(withAnotherToken.body()).isEqualTo(200);
      }
    }
  }
}
