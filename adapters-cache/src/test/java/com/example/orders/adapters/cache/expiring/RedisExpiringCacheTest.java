package com.example.orders.adapters.cache.expiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.cache.contract.ExpiringCacheContract;
import com.example.orders.adapters.cache.redis.RedisClients;
import com.example.orders.adapters.cache.redis.RedisExpiringCache;
import com.example.orders.adapters.cache.testing.TestRedis;
import com.example.orders.application.port.ExpiringCache;
import com.example.orders.testsupport.FaultyProxy;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Redis cache on a real Redis, behind a proxy the test cuts. */
class RedisExpiringCacheTest extends ExpiringCacheContract {

  private final TestRedis redis = TestRedis.create();
  private final RedisExpiringCache cache = new RedisExpiringCache(
      RedisClients.pooled(redis.settings()), redis.keyPrefix() + ":expiring",
      CircuitBreaker.ofDefaults("cache"));

  @AfterEach
  void cleanUp() {
    cache.close();
    redis.close();
  }

  @Override
  protected ExpiringCache cache() {
    return cache;
  }

  @Override
  protected void elapse(Duration time) throws InterruptedException {
    Thread.sleep(time.toMillis());
  }

  @Test
  void every_value_is_one_key_under_the_namespace() {
    cache.put("k1", "v", Duration.ofSeconds(30));
    cache.put("k2", "v", Duration.ofSeconds(30));

    assertThat(redis.keyCount()).isEqualTo(2);
  }

  @Test
  void with_redis_cut_nothing_is_found_nothing_is_kept_and_nothing_is_thrown() {
    try (FaultyProxy proxy = FaultyProxy.to(redis.url().getHost(), redis.url().getPort());
        RedisExpiringCache cut = new RedisExpiringCache(
            RedisClients.pooled(redis.settings(proxy.port(), Duration.ofMillis(200))),
            redis.keyPrefix() + ":cut", CircuitBreaker.ofDefaults("cache"))) {
      cut.put("known", "v", Duration.ofSeconds(30));
      assertThat(cut.find("known")).contains("v");

      proxy.cut();
      assertThat(cut.find("known")).isEmpty();
      cut.put("lost", "v", Duration.ofSeconds(30));

      proxy.restore();
      assertThat(cut.find("lost")).isEmpty();
      assertThat(cut.find("known")).contains("v");
    }
  }
}
