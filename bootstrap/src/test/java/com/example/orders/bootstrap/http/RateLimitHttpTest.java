package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static com.example.orders.bootstrap.http.Bodies.line;
import static com.example.orders.bootstrap.http.Bodies.newOrder;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.example.orders.adapters.cache.ratelimit.RedisRateLimiter;
import com.example.orders.adapters.cache.testing.TestRedis;
import com.example.orders.adapters.persistence.testing.TestDatabase;
import com.example.orders.bootstrap.OrdersService;
import com.example.orders.bootstrap.config.Config;
import com.example.orders.testsupport.FaultyProxy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/**
 * Rate limits end to end (ADR 0029): real PostgreSQL, real Redis behind a TCP proxy the test can
 * cut, and two service instances sharing both, each on a random port.
 */
@ExtendWith(SharedApiService.class)
class RateLimitHttpTest {

  private static final HttpClient PROBE = HttpClient.newHttpClient();

  private final ApiService trusted;
  private final List<OrdersService> services = new ArrayList<>();
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final Logger limiterLog = (Logger) LoggerFactory.getLogger(RedisRateLimiter.class);
  private Level limiterLevel;
  private TestDatabase database;
  private TestRedis redis;
  private FaultyProxy proxy;

  RateLimitHttpTest(ApiService trusted) {
    this.trusted = trusted;
  }

  @BeforeEach
  void databaseAndRedis() {
    database = TestDatabase.create();
    redis = TestRedis.create();
    proxy = FaultyProxy.to(redis.url().getHost(), redis.url().getPort());
    logged.start();
    limiterLevel = limiterLog.getLevel();
    limiterLog.setLevel(Level.INFO);
    limiterLog.addAppender(logged);
  }

  @AfterEach
  void stopEverything() {
    limiterLog.detachAppender(logged);
    limiterLog.setLevel(limiterLevel);
    services.forEach(OrdersService::close);
    proxy.close();
    redis.close();
    database.close();
  }

  @Test
  void two_instances_share_one_budget_and_refuse_beyond_it_with_429_and_its_headers() {
    Map<String, String> limits = Map.of("RATE_LIMIT_READ", "3/1m");
    Instance first = start(limits);
    Instance second = start(limits);
    String token = trusted.token(ApiService.newTenant(), READ, WRITE);
    String location = create(first.api(), token);

    ApiResponse one = first.api().get(location).token(token).send();
    ApiResponse two = second.api().get(location).token(token).send();
    ApiResponse three = first.api().get(location).token(token).send();
    ApiResponse refused = second.api().get(location).token(token).send();

    assertThat(List.of(one.status(), two.status(), three.status())).containsOnly(200);
    assertThat(one.header("RateLimit-Policy"))
        .hasValue("\"read-subject\";q=3;w=60, \"read-tenant\";q=12000;w=60");
    // one permit of three per minute comes back every 20 s; the bucket is full a minute after
    assertThat(one.header("RateLimit")).hasValueSatisfying(value ->
        assertThat(value).matches("\"read-subject\";r=2;t=(19|20), \"read-tenant\";r=11999;t=1"));
    assertThat(three.header("RateLimit")).hasValueSatisfying(value ->
        assertThat(value).startsWith("\"read-subject\";r=0;t="));

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.mediaType()).hasValue("application/problem+json");
    assertThat(refused.code()).isEqualTo("request.rate-limited");
    assertThat(refused.header("Retry-After")).hasValueSatisfying(seconds ->
        assertThat(Long.parseLong(seconds)).isBetween(19L, 20L));
    assertThat(refused.header("RateLimit-Policy")).hasValue("\"read-subject\";q=3;w=60");
    assertThat(refused.header("RateLimit")).hasValueSatisfying(value ->
        assertThat(value).isEqualTo("\"read-subject\";r=0;t=" + refused.header("Retry-After")
            .orElseThrow()));
    assertThat(second.counter(
        "http_rate_limited_requests_total{group=\"read\",scope=\"subject\"}")).isEqualTo(1);
    assertThat(first.counter("orders_rate_limit_shared")).isEqualTo(1);
  }

  @Test
  void the_callers_of_one_tenant_share_its_budget_and_each_keeps_their_own() {
    Instance service = start(Map.of("RATE_LIMIT_READ", "2/1m", "RATE_LIMIT_READ_TENANT", "3/1m"));
    String tenant = ApiService.newTenant();
    String alice = tokenOf("alice", tenant);
    String bob = tokenOf("bob", tenant);
    ApiClient api = service.api();

    assertThat(api.get("/api/v1/orders").token(alice).send().status()).isEqualTo(200);
    assertThat(api.get("/api/v1/orders").token(alice).send().status()).isEqualTo(200);
    ApiResponse aliceOver = api.get("/api/v1/orders").token(alice).send();
    assertThat(api.get("/api/v1/orders").token(bob).send().status()).isEqualTo(200);
    ApiResponse tenantOver = api.get("/api/v1/orders").token(bob).send();

    assertThat(aliceOver.status()).isEqualTo(429);
    assertThat(aliceOver.header("RateLimit-Policy")).hasValue("\"read-subject\";q=2;w=60");
    assertThat(tenantOver.status()).isEqualTo(429);
    assertThat(tenantOver.header("RateLimit-Policy"))
        .hasValue("\"read-subject\";q=2;w=60, \"read-tenant\";q=3;w=60");
    assertThat(service.counter(
        "http_rate_limited_requests_total{group=\"read\",scope=\"tenant\"}")).isEqualTo(1);
    // another tenant's callers are untouched
    assertThat(api.get("/api/v1/orders").token(tokenOf("carol", ApiService.newTenant())).send()
        .status()).isEqualTo(200);
  }

  @Test
  void calls_that_fail_authentication_draw_on_the_client_address_budget() {
    Instance service = start(Map.of("RATE_LIMIT_ANONYMOUS", "2/1m"));
    ApiClient api = service.api();

    ApiResponse first = api.get("/api/v1/orders").send();
    ApiResponse second = api.get("/api/v1/orders").token("not-a-jwt").send();
    ApiResponse third = api.get("/api/v1/orders").send();

    assertThat(first.status()).isEqualTo(401);
    assertThat(first.header("RateLimit-Policy")).hasValue("\"anonymous-ip\";q=2;w=60");
    assertThat(first.header("RateLimit")).hasValueSatisfying(value ->
        assertThat(value).startsWith("\"anonymous-ip\";r=1;t="));
    assertThat(second.status()).isEqualTo(401);
    assertThat(third.status()).isEqualTo(429);
    assertThat(third.header("Retry-After")).hasValue("30");
    assertThat(service.counter(
        "http_rate_limited_requests_total{group=\"read\",scope=\"ip\"}")).isEqualTo(1);
    // a valid token is no longer limited by the address: its caller's budget counts
    String token = trusted.token(ApiService.newTenant(), READ);
    assertThat(api.get("/api/v1/orders").token(token).send().status()).isEqualTo(200);
  }

  @Test
  void x_forwarded_for_names_the_client_only_when_a_trusted_proxy_sent_it() {
    Map<String, String> oneCall = Map.of("RATE_LIMIT_ANONYMOUS", "1/1m");
    ApiClient direct = start(oneCall).api();
    Map<String, String> behindProxy = new HashMap<>(oneCall);
    behindProxy.put("HTTP_TRUSTED_PROXIES", "10.0.0.0/8, 127.0.0.1");
    ApiClient proxied = start(behindProxy).api();

    // untrusted peer: the header is ignored and the socket address counts for both
    assertThat(anonymousFrom(direct, "203.0.113.1")).isEqualTo(401);
    assertThat(anonymousFrom(direct, "203.0.113.2")).isEqualTo(429);

    // trusted peer: each forwarded client has a budget of its own
    assertThat(anonymousFrom(proxied, "203.0.113.1")).isEqualTo(401);
    assertThat(anonymousFrom(proxied, "203.0.113.2")).isEqualTo(401);
    assertThat(anonymousFrom(proxied, "203.0.113.1")).isEqualTo(429);
    // a client cannot pick another name by prepending one: the nearest untrusted hop counts
    assertThat(anonymousFrom(proxied, "198.51.100.9, 203.0.113.2")).isEqualTo(429);
    // a trusted hop in the chain is walked past
    assertThat(anonymousFrom(proxied, "198.51.100.9, 10.1.2.3")).isEqualTo(401);
  }

  @Test
  void with_redis_cut_limits_hold_in_each_instance_logged_once_metered_then_shared_again()
      throws Exception {
    Instance service = start(Map.of("RATE_LIMIT_READ", "3/1m"));
    String token = trusted.token(ApiService.newTenant(), READ);
    ApiClient api = service.api();
    assertThat(api.get("/api/v1/orders").token(token).send().status()).isEqualTo(200);

    proxy.cut();
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      statuses.add(api.get("/api/v1/orders").token(token).send().status());
    }

    // the in-process buckets start full: the instance allows a budget of its own, no more
    assertThat(statuses).containsExactly(200, 200, 200, 429, 429, 429, 429, 429);
    assertThat(service.counter("orders_rate_limit_shared")).isEqualTo(0);
    assertThat(service.counter("orders_rate_limit_fallbacks_total")).isEqualTo(1);
    // each call drew on two budgets, its subject's and its tenant's
    assertThat(service.counter("orders_rate_limit_local_decisions_total"))
        .isGreaterThanOrEqualTo(8);
    assertThat(service.operational("/health/ready").statusCode()).isEqualTo(200);
    assertThat(warnings()).hasSize(1);

    proxy.restore();
    String other = trusted.token(ApiService.newTenant(), READ);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (service.counter("orders_rate_limit_shared") == 0 && System.nanoTime() < deadline) {
      api.get("/api/v1/orders").token(other).send();
      Thread.sleep(50);
    }
    assertThat(service.counter("orders_rate_limit_shared")).isEqualTo(1);
    assertThat(warnings()).hasSize(1);
    assertThat(logged.list).filteredOn(event -> event.getLevel() == Level.INFO)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly("rate limits are shared through Redis again");
  }

  private int anonymousFrom(ApiClient api, String forwardedFor) {
    return api.get("/api/v1/orders").header("X-Forwarded-For", forwardedFor).send().status();
  }

  private List<ILoggingEvent> warnings() {
    return logged.list.stream().filter(event -> event.getLevel() == Level.WARN).toList();
  }

  private String tokenOf(String subject, String tenant) {
    return trusted.token(subject, List.of(ApiService.AUDIENCE),
        Map.of(ApiService.TENANT_CLAIM, tenant, "scope", READ), 3600);
  }

  private Instance start(Map<String, String> extra) {
    Map<String, String> environment = ApiService.environment(database.settings());
    environment.put("AUTH_ISSUER", trusted.issuer());
    environment.put("REDIS_URL", "redis://127.0.0.1:" + proxy.port() + redis.url().getPath());
    environment.put("REDIS_TIMEOUT", "100ms");
    environment.put("REDIS_KEY_PREFIX", redis.keyPrefix());
    environment.put("RESILIENCE_BREAKER_OPEN_DURATION", "200ms");
    environment.put("HEALTH_CHECK_INTERVAL", "100ms");
    // every budget the defaults, as in production, but those the test sets
    ApiService.GENEROUS_RATE_LIMITS.keySet().forEach(environment::remove);
    environment.putAll(extra);
    OrdersService service = OrdersService.start(Config.fromEnvironment(environment));
    services.add(service);
    return new Instance(
        service.port(), new ApiClient(service.port(), OpenApiContract.ofServedDocument()));
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
