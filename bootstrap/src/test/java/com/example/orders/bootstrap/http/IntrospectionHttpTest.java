package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static com.example.orders.bootstrap.http.ErrorResponsesHttpTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.cache.testing.TestRedis;
import com.example.orders.adapters.http.auth.introspection.TokenHash;
import com.example.orders.adapters.persistence.testing.TestDatabase;
import com.example.orders.bootstrap.OrdersService;
import com.example.orders.bootstrap.config.Config;
import com.example.orders.testsupport.FaultyProxy;
import com.example.orders.testsupport.IntrospectionServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.RedisClient;

/**
 * {@code AUTH_MODE=introspection} end to end: two service instances on one PostgreSQL database
 * and one Redis, judging opaque tokens by a real introspection endpoint (test-support's
 * {@link IntrospectionServer}, which counts its calls) behind a TCP proxy the test cuts and
 * slows down.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntrospectionHttpTest {

  private static final String CLIENT_ID = "orders-service";
  private static final String CLIENT_SECRET = "introspection-s3cret";
  private static final String ISSUER = "https://id.example.test/realms/shop";
  /** Generous: a service's first introspection on a busy machine can take a second. */
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private IntrospectionServer authorizationServer;
  private FaultyProxy proxy;
  private TestDatabase database;
  private TestRedis redis;
  private OrdersService first;
  private OrdersService second;
  private ApiClient firstApi;
  private ApiClient secondApi;
  private final String tenant = ApiService.newTenant();

  @BeforeAll
  void start() {
    authorizationServer = IntrospectionServer.start(CLIENT_ID, CLIENT_SECRET);
    proxy = FaultyProxy.to("127.0.0.1", authorizationServer.port());
    database = TestDatabase.create();
    redis = TestRedis.create();
    Map<String, String> environment = ApiService.environment(database.settings());
    environment.put("AUTH_ISSUER", ISSUER);
    environment.put("AUTH_MODE", "introspection");
    environment.put("AUTH_INTROSPECTION_URI", authorizationServer.endpoint(proxy.port()).toString());
    environment.put("AUTH_INTROSPECTION_CLIENT_ID", CLIENT_ID);
    environment.put("AUTH_INTROSPECTION_CLIENT_SECRET", CLIENT_SECRET);
    environment.put("AUTH_INTROSPECTION_TIMEOUT", TIMEOUT.toSeconds() + "s");
    environment.put("REDIS_URL", redis.url().toString());
    environment.put("REDIS_KEY_PREFIX", redis.keyPrefix());
    // outages are short here: the breaker must not open and hide what a single call does
    environment.put("RESILIENCE_BREAKER_MINIMUM_CALLS", "20");
    first = OrdersService.start(Config.fromEnvironment(environment));
    second = OrdersService.start(Config.fromEnvironment(environment));
    firstApi = new ApiClient(first.port(), OpenApiContract.ofServedDocument());
    secondApi = new ApiClient(second.port(), OpenApiContract.ofServedDocument());
  }

  @AfterEach
  void restore() {
    proxy.restore();
  }

  @AfterAll
  void stop() {
    first.close();
    second.close();
    proxy.close();
    authorizationServer.close();
    redis.close();
    database.close();
  }

  @Test
  void an_opaque_token_works_on_every_instance_for_one_introspection_call() {
    String token = activeToken(READ + " " + WRITE, Instant.now().plusSeconds(3600));

    ApiResponse created = firstApi.post("/api/v1/orders").token(token)
        .json(Bodies.newOrder("EUR")).send();
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    for (int request = 0; request < 5; request++) {
      assertThat(secondApi.get("/api/v1/orders/" + created.id()).token(token).send().status())
          .isEqualTo(200);
      assertThat(firstApi.get("/api/v1/orders").token(token).send().status()).isEqualTo(200);
    }

    assertThat(authorizationServer.calls(token)).isEqualTo(1);
    assertStoredUnderItsHashOnly(token);
  }

  @Test
  void an_inactive_or_unknown_opaque_token_is_401_on_every_instance() {
    String inactive = newToken();
    authorizationServer.revoke(inactive);

    assertInvalidToken(firstApi.get("/api/v1/orders").token(inactive).send());
    assertInvalidToken(secondApi.get("/api/v1/orders").token(inactive).send());
    assertInvalidToken(firstApi.get("/api/v1/orders").token(newToken()).send());
    assertThat(authorizationServer.calls(inactive)).isEqualTo(1);
  }

  @Test
  void a_token_revoked_before_its_first_use_is_401_although_it_was_active_once() {
    String token = activeToken(READ, Instant.now().plusSeconds(3600));
    authorizationServer.revoke(token);

    assertInvalidToken(secondApi.get("/api/v1/orders").token(token).send());
  }

  @Test
  void an_answer_is_not_believed_past_the_tokens_expiry() throws InterruptedException {
    Instant expiry = Instant.now().plusSeconds(1);
    String token = activeToken(READ, expiry);
    // the cache TTL is a minute: the entry ends with the token all the same
    assertThat(firstApi.get("/api/v1/orders").token(token).send().status()).isEqualTo(200);
    authorizationServer.revoke(token);  // what the server says once a token has expired

    Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis()) + 300);

    assertInvalidToken(firstApi.get("/api/v1/orders").token(token).send());
    assertThat(authorizationServer.calls(token)).isEqualTo(2);
  }

  @Test
  void with_the_server_down_a_cached_token_keeps_working_and_an_unknown_one_is_503() {
    String known = activeToken(READ, Instant.now().plusSeconds(3600));
    String unknown = activeToken(READ, Instant.now().plusSeconds(3600));
    assertThat(firstApi.get("/api/v1/orders").token(known).send().status()).isEqualTo(200);

    proxy.cut();

    assertThat(secondApi.get("/api/v1/orders").token(known).send().status()).isEqualTo(200);
    assertUnavailable(firstApi.get("/api/v1/orders").token(unknown).send());
  }

  @Test
  void with_the_server_slow_an_unknown_token_is_503_after_the_introspection_timeout() {
    String known = activeToken(READ, Instant.now().plusSeconds(3600));
    String unknown = activeToken(READ, Instant.now().plusSeconds(3600));
    assertThat(firstApi.get("/api/v1/orders").token(known).send().status()).isEqualTo(200);

    proxy.delay(Duration.ofSeconds(6));
    long started = System.nanoTime();
    ApiResponse slow = secondApi.get("/api/v1/orders").token(unknown).send();
    Duration waited = Duration.ofNanos(System.nanoTime() - started);

    assertUnavailable(slow);
    assertThat(waited).isLessThan(Duration.ofSeconds(6));
    assertThat(firstApi.get("/api/v1/orders").token(known).send().status()).isEqualTo(200);
  }

  @Test
  void scopes_and_tenant_come_from_the_introspection_answer() {
    String readOnly = activeToken(READ, Instant.now().plusSeconds(3600));

    assertProblem(firstApi.post("/api/v1/orders").token(readOnly).json(Bodies.newOrder("EUR"))
        .send(), 403, "auth.scope-insufficient");
    String otherTenant = newToken();
    authorizationServer.answer(otherTenant, answer(ApiService.newTenant(), READ + " " + WRITE,
        Instant.now().plusSeconds(3600)));
    String mine = activeToken(READ + " " + WRITE, Instant.now().plusSeconds(3600));
    ApiResponse created = firstApi.post("/api/v1/orders").token(mine)
        .json(Bodies.newOrder("EUR")).send();

    assertProblem(secondApi.get("/api/v1/orders/" + created.id()).token(otherTenant).send(), 404,
        "order.not-found");
  }

  private String activeToken(String scope, Instant expiry) {
    String token = newToken();
    authorizationServer.answer(token, answer(tenant, scope, expiry));
    return token;
  }

  private static String answer(String tenant, String scope, Instant expiry) {
    return "{\"active\":true,\"sub\":\"user-of-" + tenant + "\",\"tenant_id\":\"" + tenant
        + "\",\"scope\":\"" + scope + "\",\"iss\":\"" + ISSUER + "\",\"aud\":[\""
        + ApiService.AUDIENCE + "\"],\"token_type\":\"Bearer\",\"exp\":"
        + expiry.getEpochSecond() + "}";
  }

  /** An opaque token as authorization servers issue them: random, no structure. */
  private static String newToken() {
    return UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString()
        .replace("-", "");
  }

  /** Redis holds the result under the token's SHA-256, and the token nowhere. */
  private void assertStoredUnderItsHashOnly(String token) {
    try (RedisClient client = RedisClient.create(redis.url())) {
      String key = redis.keyPrefix() + ":introspection:v1:" + TokenHash.of(token);
      assertThat(client.get(key)).isNotNull().doesNotContain(token);
      assertThat(client.keys(redis.keyPrefix() + ":*")).noneMatch(name -> name.contains(token));
    }
  }

  private static void assertInvalidToken(ApiResponse response) {
    assertProblem(response, 401, "auth.token-invalid");
    assertThat(response.header("WWW-Authenticate").orElseThrow())
        .startsWith("Bearer realm=\"orders\", error=\"invalid_token\"");
  }

  private static void assertUnavailable(ApiResponse response) {
    assertProblem(response, 503, "dependency.unavailable");
    assertThat(response.header("Retry-After")).isPresent();
  }
}
