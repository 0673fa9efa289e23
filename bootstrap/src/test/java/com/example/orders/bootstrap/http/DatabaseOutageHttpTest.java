package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static com.example.orders.bootstrap.http.Bodies.newOrder;
import static com.example.orders.bootstrap.http.ErrorResponsesHttpTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.example.orders.adapters.persistence.postgres.PostgresSettings;
import com.example.orders.adapters.persistence.testing.TestDatabase;
import com.example.orders.bootstrap.LocalHttp;
import com.example.orders.bootstrap.OrdersService;
import com.example.orders.bootstrap.config.Config;
import com.example.orders.bootstrap.resilience.GuardEvents;
import com.example.orders.testsupport.FaultyProxy;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL cut for real, between the service and the server (a TCP proxy that closes every
 * connection): once the database breaker is open, requests are answered 503 at once instead of
 * waiting for the pool; readiness says so at once; the service recovers by itself.
 */
@ExtendWith(SharedApiService.class)
class DatabaseOutageHttpTest {

  /**
   * Far below the pool's 2 s wait that every request paid before, with room for a busy machine.
   */
  private static final Duration AT_ONCE = Duration.ofMillis(500);
  private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(10);
  /** The successful calls an open breaker lets through before it closes again. */
  private static final int HALF_OPEN_TRIAL_CALLS = 3;

  private final ApiService trusted;
  private final ListAppender<ILoggingEvent> breakerLog = new ListAppender<>();
  private TestDatabase database;
  private FaultyProxy proxy;
  private OrdersService service;
  private ApiClient api;
  private String tenant;

  DatabaseOutageHttpTest(ApiService trusted) {
    this.trusted = trusted;
  }

  @BeforeEach
  void startBehindAProxy() {
    breakerLog.start();
    ((Logger) LoggerFactory.getLogger(GuardEvents.class)).addAppender(breakerLog);
    database = TestDatabase.create();
    URI server = URI.create(database.settings().jdbcUrl().substring("jdbc:".length()));
    proxy = FaultyProxy.to(server.getHost(), server.getPort());
    Map<String, String> environment = ApiService.environment(new PostgresSettings(
        "jdbc:postgresql://127.0.0.1:" + proxy.port() + server.getPath(),
        database.settings().user(), database.settings().password(), 4, Duration.ofSeconds(2)));
    environment.put("AUTH_ISSUER", trusted.issuer());
    environment.put("HEALTH_CHECK_INTERVAL", "100ms");
    environment.put("HEALTH_CHECK_TIMEOUT", "500ms");
    service = OrdersService.start(Config.fromEnvironment(environment));
    api = new ApiClient(service.port(), OpenApiContract.ofServedDocument());
    tenant = ApiService.newTenant();
  }

  @AfterEach
  void stop() {
    ((Logger) LoggerFactory.getLogger(GuardEvents.class)).detachAppender(breakerLog);
    proxy.restore(); // the pool closes at once when it can reach the server
    try {
      service.close();
    } finally {
      proxy.close();
      database.close();
    }
  }

  @Test
  void once_the_breaker_is_open_a_cut_database_is_503_with_retry_after_at_once() {
    String id = createOrder();
    proxy.cut();

    openTheBreaker(id);
    Timed<ApiResponse> refused = timed(() -> read(id));

    assertProblem(refused.value(), 503, "dependency.unavailable");
    assertThat(refused.value().header("Retry-After")).isPresent();
    assertThat(refused.value().json().path("detail").asString()).startsWith("database");
    assertThat(refused.took()).isLessThan(AT_ONCE);
  }

  @Test
  void a_log_level_change_the_audit_trail_cannot_record_is_503_and_undone() {
    String logger = "com.example.orders.test.outage" + UUID.randomUUID().toString().replace("-", "");
    proxy.cut();

    ApiResponse refused = api.method("PUT", "/api/v1/admin/log-levels/" + logger)
        .token(trusted.token(tenant, "orders:admin")).json("{\"level\":\"DEBUG\"}").send();

    assertProblem(refused, 503, "dependency.unavailable");
    assertThat(LoggerFactory.getLogger(logger).isDebugEnabled()).isFalse();
  }

  @Test
  void readiness_goes_down_with_the_database_and_answers_at_once() {
    proxy.cut();

    HttpResponse<String> ready = awaitReadiness(503);
    Timed<HttpResponse<String>> again = timed(() -> LocalHttp.get(service.port(), "/health/ready"));

    assertThat(ready.body()).contains("\"database\":{\"status\":\"DOWN\"");
    assertThat(again.value().statusCode()).isEqualTo(503);
    assertThat(again.took()).isLessThan(AT_ONCE);
    assertThat(LocalHttp.get(service.port(), "/health/live").statusCode()).isEqualTo(200);
  }

  @Test
  void when_the_database_returns_the_service_recovers_without_a_restart() {
    String id = createOrder();
    proxy.cut();
    openTheBreaker(id);
    awaitReadiness(503);

    proxy.restore();
    long restored = System.nanoTime();
    ApiResponse answer = read(id);
    while (answer.status() != 200 && elapsedSince(restored).compareTo(RECOVERY_LIMIT) < 0) {
      pause(Duration.ofMillis(50));
      answer = read(id);
    }

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    for (int trial = 1; trial < HALF_OPEN_TRIAL_CALLS; trial++) {
      assertThat(read(id).status()).isEqualTo(200);
    }
    assertThat(awaitReadiness(200).body()).contains("\"breakers\":{\"database\":\"closed\"");
  }

  @Test
  void each_breaker_state_change_is_logged_once_and_counted_however_many_requests_it_refuses() {
    String id = createOrder();
    proxy.cut();
    openTheBreaker(id);
    for (int refused = 0; refused < 20; refused++) {
      read(id);
    }

    String metrics = LocalHttp.get(service.port(), "/metrics").body();

    assertThat(breakerLog.list).extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly("circuit breaker of database opened:"
            + " calls fail at once until trial calls succeed");
    assertThat(metrics)
        .contains("resilience_circuit_breaker_state{dependency=\"database\",state=\"open\"} 1.0")
        .contains("resilience_circuit_breaker_transitions_total"
            + "{dependency=\"database\",from=\"closed\",to=\"open\"} 1.0")
        .containsPattern("resilience_circuit_breaker_not_permitted_calls_total"
            + "\\{dependency=\"database\"} (2\\d|[3-9]\\d)\\.0")
        .contains("resilience_bulkhead_available_calls{dependency=\"database\"} 4.0");
  }

  private String createOrder() {
    ApiResponse created = api.post("/api/v1/orders")
        .token(trusted.token(tenant, WRITE)).json(newOrder("EUR")).send();
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.id();
  }

  private ApiResponse read(String id) {
    return api.get("/api/v1/orders/" + id).token(trusted.token(tenant, READ)).send();
  }

  /** Reads until the breaker has seen enough failures to open. */
  private void openTheBreaker(String id) {
    for (int attempt = 0; attempt < 20; attempt++) {
      ApiResponse answer = read(id);
      assertThat(answer.status()).as(answer.body()).isEqualTo(503);
      if (LocalHttp.get(service.port(), "/health/ready").body()
          .contains("\"database\":\"open\"")) {
        return;
      }
    }
    throw new AssertionError("the breaker did not open after 20 failed reads");
  }

  private HttpResponse<String> awaitReadiness(int status) {
    long start = System.nanoTime();
    HttpResponse<String> ready = LocalHttp.get(service.port(), "/health/ready");
    while (ready.statusCode() != status && elapsedSince(start).compareTo(RECOVERY_LIMIT) < 0) {
      pause(Duration.ofMillis(50));
      ready = LocalHttp.get(service.port(), "/health/ready");
    }
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(status);
    return ready;
  }

  private static <T> Timed<T> timed(Supplier<T> call) {
    long start = System.nanoTime();
    T value = call.get();
    return new Timed<>(value, elapsedSince(start));
  }

  private static Duration elapsedSince(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  private static void pause(Duration pause) {
    try {
      Thread.sleep(pause);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", interrupted);
    }
  }

  private record Timed<T>(T value, Duration took) {}
}
