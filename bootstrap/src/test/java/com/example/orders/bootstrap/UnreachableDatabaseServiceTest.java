package com.example.orders.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.bootstrap.config.Config;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnreachableDatabaseServiceTest {

  @Test
  void a_service_whose_database_is_down_is_alive_but_not_ready() {
    // port 1 on loopback: nothing listens there, so every connection is refused at once
    Config config = Config.fromEnvironment(Map.of(
        "PORT", "0",
        "DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/orders",
        "DATABASE_USER", "orders",
        "DATABASE_CONNECTION_TIMEOUT", "500ms",
        "DATABASE_MIGRATE_ON_START", "false"));

    try (OrdersService service = OrdersService.start(config)) {
      HttpResponse<String> ready = LocalHttp.get(service.port(), "/health/ready");

      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).matches(
          "\\{\"status\":\"DOWN\",\"checks\":\\{\"lifecycle\":\"UP\","
              + "\"database\":\\{\"status\":\"DOWN\",\"ageMillis\":\\d+}},"
              + "\"breakers\":\\{\"database\":\"closed\"}}");
      assertThat(LocalHttp.get(service.port(), "/health/live").statusCode()).isEqualTo(200);
    }
  }
}
