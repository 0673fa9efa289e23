package com.example.orders.adapters.http.auth.introspection;

import static com.example.orders.adapters.http.auth.introspection.Answers.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.testsupport.FaultyProxy;
import com.example.orders.testsupport.IntrospectionServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Redis cache on a real Redis, and two verifiers (two instances) sharing it. */
class RedisIntrospectionCacheTest extends IntrospectionCacheContract {

  private static final String TOKEN = "opaque-tGzv3JOkF0XG5Qx2TlKWIA";

  private final TestRedisClient redis = new TestRedisClient();
  private final RedisIntrospectionCache cache = cache(redis.port());

  @AfterEach
  void cleanUp() {
    cache.close();
    redis.close();
  }

  @Override
  IntrospectionCache cache() {
    return cache;
  }

  @Override
  void elapse(Duration time) throws InterruptedException {
    Thread.sleep(time.toMillis());
  }

  @Test
  void entries_are_named_by_the_hash_of_the_token_and_never_contain_it() {
    cache.store(TokenHash.of(TOKEN), ACTIVE, Duration.ofSeconds(30));

    List<String> keys = redis.keys();
    assertThat(keys).containsExactly(
        redis.keyPrefix + ":introspection:v1:" + TokenHash.of(TOKEN));
    assertThat(keys.getFirst()).doesNotContain(TOKEN);
    assertThat(redis.value(keys.getFirst())).doesNotContain(TOKEN).contains("user-17");
  }

  @Test
  void two_instances_sharing_redis_introspect_a_token_once_for_many_requests() throws Exception {
    try (IntrospectionServer server =
        IntrospectionServer.start(Answers.CLIENT_ID, Answers.CLIENT_SECRET);
        RedisIntrospectionCache other = cache(redis.port())) {
      server.answer(TOKEN, Answers.active(NOW.plusSeconds(3600)));
      IntrospectionSettings settings = new IntrospectionSettings(server.endpoint(),
          Answers.CLIENT_ID, Answers.CLIENT_SECRET, Duration.ofSeconds(2), Duration.ofMinutes(1),
          Duration.ofSeconds(5), Duration.ZERO);
      MutableClock clock = new MutableClock(NOW);
      IntrospectionTokenVerifier first = new IntrospectionTokenVerifier(settings, Answers.auth(),
          new HttpIntrospector(settings), cache, clock);
      IntrospectionTokenVerifier second = new IntrospectionTokenVerifier(settings, Answers.auth(),
          new HttpIntrospector(settings), other, clock);

      for (int request = 0; request < 10; request++) {
        assertThat(first.verify(TOKEN).subject()).isEqualTo("user-17");
        assertThat(second.verify(TOKEN).subject()).isEqualTo("user-17");
      }

      assertThat(server.calls(TOKEN)).isEqualTo(1);
    }
  }

  @Test
  void with_redis_cut_nothing_is_found_and_storing_fails_quietly() {
    try (FaultyProxy proxy = FaultyProxy.to("127.0.0.1", redis.port());
        RedisIntrospectionCache cut = cache(proxy.port())) {
      cut.store(TokenHash.of(TOKEN), ACTIVE, Duration.ofSeconds(30));
      assertThat(cut.find(TokenHash.of(TOKEN))).contains(ACTIVE);

      proxy.cut();

      assertThat(cut.find(TokenHash.of(TOKEN))).isEmpty();
      cut.store(TokenHash.of("another"), ACTIVE, Duration.ofSeconds(30));
      proxy.restore();
      assertThat(cut.find(TokenHash.of("another"))).isEmpty();
      assertThat(cut.find(TokenHash.of(TOKEN))).contains(ACTIVE);
    }
  }

  @Test
  void a_broken_entry_is_a_miss() {
    try (var client = redis.client(redis.port())) {
      client.set(redis.keyPrefix + ":introspection:v1:" + TokenHash.of(TOKEN), "{not json");
    }

    assertThat(cache.find(TokenHash.of(TOKEN))).isEmpty();
  }

  private RedisIntrospectionCache cache(int port) {
    return new RedisIntrospectionCache(redis.client(port), redis.keyPrefix,
        CircuitBreaker.ofDefaults("cache"));
  }
}
