package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static com.example.orders.bootstrap.http.Bodies.line;
import static com.example.orders.bootstrap.http.Bodies.newOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.testsupport.FaultyProxy;
import com.example.orders.adapters.cache.testing.TestRedis;
import com.example.orders.adapters.persistence.testing.TestDatabase;
import com.example.orders.bootstrap.OrdersService;
import com.example.orders.bootstrap.config.Config;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Order reads through the Redis cache, end to end: real PostgreSQL, real Redis behind a TCP proxy
 * the test can cut or slow down, and two service instances sharing both.
 */
@ExtendWith(SharedApiService.class)
class CachedReadsHttpTest {

  private static final Duration REDIS_TIMEOUT = Duration.ofMillis(100);
  private static final HttpClient PROBE = HttpClient.newHttpClient();

  private final ApiService trusted;
  private final List<OrdersService> services = new ArrayList<>();
  private TestDatabase database;
  private TestRedis redis;
  private FaultyProxy proxy;

  CachedReadsHttpTest(ApiService trusted) {
    this.trusted = trusted;
  }

  @BeforeEach
  void databaseAndRedis() {
    database = TestDatabase.create();
    redis = TestRedis.create();
    proxy = FaultyProxy.to(redis.url().getHost(), redis.url().getPort());
  }

  @AfterEach
  void stopEverything() {
    services.forEach(OrdersService::close);
    proxy.close();
    redis.close();
    database.close();
  }

  @Test
  void a_second_read_is_served_from_the_cache_and_counted_as_a_hit() {
    Instance service = start();
    ApiClient api = service.api();
    String token = trusted.token(ApiService.newTenant(), READ, WRITE);
    String location = create(api, token);

    ApiResponse first = api.get(location).token(token).send();
    ApiResponse second = api.get(location).token(token).send();

    assertThat(second.status()).isEqualTo(200);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(service.counter("orders_cache_reads_total{result=\"hit\"}")).isPositive();
    assertThat(service.counter("orders_cache_reads_total{result=\"miss\"}")).isPositive();
  }

  @Test
  void a_change_is_read_back_at_once_not_the_cached_order() {
    ApiClient api = start().api();
    String token = trusted.token(ApiService.newTenant(), READ, WRITE);
    String location = create(api, token);
    api.get(location).token(token).send();

    api.post(location + "/place").token(token).ifMatch(1).send();

    assertThat(api.get(location).token(token).send().version()).isEqualTo(2);
  }

  @Test
  void a_change_through_one_instance_reaches_the_other_within_the_documented_bound()
      throws Exception {
    ApiClient reader = start(Map.of("CACHE_LOCAL_TTL", "1m")).api();
    ApiClient writer = start(Map.of("CACHE_LOCAL_TTL", "1m")).api();
    String token = trusted.token(ApiService.newTenant(), READ, WRITE);
    String location = create(writer, token);
    assertThat(reader.get(location).token(token).send().version()).isEqualTo(1);
    assertThat(reader.get(location).token(token).send().version()).isEqualTo(1);

    writer.post(location + "/place").token(token).ifMatch(1).send();

    // the reader keeps orders in memory for a minute: only the invalidation message can help
    long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    long version = 1;
    while (version == 1 && System.nanoTime() < deadline) {
      version = reader.get(location).token(token).send().version();
      Thread.sleep(10);
    }
    assertThat(version).isEqualTo(2);
  }

  @Test
  void another_tenant_never_gets_a_cached_order_of_the_first() {
    ApiClient api = start().api();
    String owner = trusted.token(ApiService.newTenant(), READ, WRITE);
    String stranger = trusted.token(ApiService.newTenant(), READ);
    String location = create(api, owner);
    api.get(location).token(owner).send();

    assertThat(api.get(location).token(stranger).send().status()).isEqualTo(404);
  }

  @Test
  void with_redis_cut_reads_answer_200_from_postgresql_readiness_stays_up_degraded_and_hits_resume()
      throws Exception {
    Instance service = start();
    ApiClient api = service.api();
    String token = trusted.token(ApiService.newTenant(), READ, WRITE);
    String location = create(api, token);
    api.get(location).token(token).send();

    proxy.cut();
    // not timed: the first read after the fault loads the failure path's classes
    assertThat(api.get(location).token(token).send().status()).isEqualTo(200);
    for (int i = 0; i < 30; i++) {
      long started = System.nanoTime();
      ApiResponse read = api.get(location).token(token).send();
      assertThat(read.status()).isEqualTo(200);
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isLessThan(Duration.ofSeconds(2));
      Thread.sleep(20);
    }
    assertThat(service.operational("/health/ready").statusCode()).isEqualTo(200);
    assertThat(service.cacheHealth()).isEqualTo("DEGRADED");
    assertThat(service.counter("orders_cache_errors_total")).isPositive();

    proxy.restore();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!service.cacheHealth().equals("UP") && System.nanoTime() < deadline) {
      api.get(location).token(token).send();
      Thread.sleep(50);
    }
    double hits = service.counter("orders_cache_reads_total{result=\"hit\"}");
    Thread.sleep(50);
    api.get(location).token(token).send();
    api.get(location).token(token).send();
    assertThat(service.counter("orders_cache_reads_total{result=\"hit\"}")).isGreaterThan(hits);
  }

  @Test
  void with_redis_slower_than_its_timeout_reads_still_answer_200_in_time() throws Exception {
    Instance service = start();
    ApiClient api = service.api();
    String token = trusted.token(ApiService.newTenant(), READ, WRITE);
    String location = create(api, token);

    // each way takes 2 s, so a read that waited for Redis would take 4 s; the bound is far below
    // that, and far above the 100 ms deadline, since a busy CI machine stalls threads for a while
    proxy.delay(Duration.ofSeconds(2));
    // not timed: the first read after the fault loads the failure path's classes
    assertThat(api.get(location).token(token).send().status()).isEqualTo(200);
    for (int i = 0; i < 20; i++) {
      long started = System.nanoTime();
      assertThat(api.get(location).token(token).send().status()).isEqualTo(200);
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isLessThan(Duration.ofSeconds(2));
      Thread.sleep(20);
    }
    assertThat(service.operational("/health/ready").statusCode()).isEqualTo(200);
  }

  private Instance start() {
    return start(Map.of());
  }

  private Instance start(Map<String, String> extra) {
    Map<String, String> environment = ApiService.environment(database.settings());
    environment.put("AUTH_ISSUER", trusted.issuer());
    environment.put("REDIS_URL", "redis://127.0.0.1:" + proxy.port() + redis.url().getPath());
    environment.put("REDIS_TIMEOUT", REDIS_TIMEOUT.toMillis() + "ms");
    environment.put("REDIS_KEY_PREFIX", redis.keyPrefix());
    environment.put("CACHE_LOCAL_TTL", "20ms");
    environment.put("HEALTH_CHECK_INTERVAL", "100ms");
    environment.putAll(extra);
    OrdersService service = OrdersService.start(Config.fromEnvironment(environment));
    services.add(service);
    Instance instance = new Instance(
        service.port(), new ApiClient(service.port(), OpenApiContract.ofServedDocument()));
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    // the invalidation subscription comes up in the background just after start
    while (!instance.cacheHealth().equals("UP")) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the cache did not come up within 5 s");
      }
      Thread.onSpinWait();
    }
    return instance;
  }

  /** A running service: its API, and its operational endpoints (not part of the API document). */
  private record Instance(int port, ApiClient api) {

    HttpResponse<String> operational(String path) {
      try {
        return PROBE.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException | InterruptedException failure) {
        throw new AssertionError("GET " + path + " failed", failure);
      }
    }

    String cacheHealth() {
      Matcher cache = Pattern.compile("\"cache\":\\{\"status\":\"(\\w+)\"")
          .matcher(operational("/health/ready").body());
      return cache.find() ? cache.group(1) : "(none)";
    }

    double counter(String series) {
      Matcher value = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$")
          .matcher(operational("/metrics").body());
      return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }
  }

  private static String create(ApiClient api, String token) {
    ApiResponse created = api.post("/api/v1/orders").token(token)
        .json(newOrder("EUR", line("BOOK-1", 2, 1250, "EUR"))).send();
    assertThat(created.status()).isEqualTo(201);
    return created.header("Location").orElseThrow();
  }

}
