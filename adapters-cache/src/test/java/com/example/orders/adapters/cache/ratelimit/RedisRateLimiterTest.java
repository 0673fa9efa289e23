package com.example.orders.adapters.cache.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.cache.contract.RateLimiterContract;
import com.example.orders.adapters.cache.testing.TestRedis;
import com.example.orders.application.port.RateLimit;
import com.example.orders.application.port.RateLimitDecision;
import com.example.orders.application.port.RateLimiter;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/**
 * The contract on a real Redis through a Jedis 8 {@code RedisClient}, and what only shared buckets
 * do: instances that share one Redis share one budget.
 */
class RedisRateLimiterTest extends RateLimiterContract {

  private TestRedis redis;
  private final List<RedisRateLimiter> limiters = new ArrayList<>();
  private RedisRateLimiter limiter;

  @BeforeEach
  void freshKeyPrefix() {
    redis = TestRedis.create();
    limiter = newInstance();
  }

  @AfterEach
  void close() {
    limiters.forEach(RedisRateLimiter::close);
    redis.close();
  }

  @Override
  protected RateLimiter limiter() {
    return limiter;
  }

  private RedisRateLimiter newInstance() {
    RedisRateLimiter instance =
        new RedisRateLimiter(redis.settings(), CircuitBreaker.ofDefaults("rate-limits"));
    limiters.add(instance);
    return instance;
  }

  @Test
  void two_instances_on_one_redis_draw_on_one_budget() {
    RedisRateLimiter other = newInstance();
    RateLimit limit = new RateLimit("test", 5, Duration.ofMinutes(1));
    String key = newKey();

    List<Boolean> allowed = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      RedisRateLimiter instance = i % 2 == 0 ? limiter : other;
      RateLimitDecision decision = instance.tryAcquire(key, limit);
      assertThat(decision.shared()).isTrue();
      allowed.add(decision.allowed());
    }

    assertThat(allowed).containsExactly(true, true, true, true, true,
        false, false, false, false, false);
  }

  @Test
  void concurrent_callers_on_two_instances_never_overdraw_an_exact_budget() throws Exception {
    RedisRateLimiter other = newInstance();
    RateLimit limit = new RateLimit("test", 50, Duration.ofMinutes(1));
    String key = newKey();
    AtomicInteger allowed = new AtomicInteger();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

    List<Thread> callers = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      RedisRateLimiter instance = t % 2 == 0 ? limiter : other;
      callers.add(Thread.ofVirtual().start(() -> {
        for (int i = 0; i < 20; i++) {
          try {
            if (instance.tryAcquire(key, limit).allowed()) {
              allowed.incrementAndGet();
            }
          } catch (RuntimeException failure) {
            failures.add(failure);
          }
        }
      }));
    }
    for (Thread caller : callers) {
      caller.join();
    }

    assertThat(failures).isEmpty();
    assertThat(allowed).hasValue(50);
    assertThat(limiter.statistics().localDecisions()).isZero();
  }

  @Test
  void a_large_budget_is_synchronised_lazily_and_overdrawn_by_at_most_one_percent_per_instance() {
    RedisRateLimiter other = newInstance();
    RateLimit limit = new RateLimit("test", 1_000, Duration.ofHours(1));
    String key = newKey();

    int allowed = 0;
    for (int i = 0; i < 1_200; i++) {
      if ((i % 2 == 0 ? limiter : other).tryAcquire(key, limit).allowed()) {
        allowed++;
      }
    }

    assertThat(allowed).isBetween(1_000, 1_000 + 2 * 10);
  }

  @Test
  void buckets_live_in_redis_under_the_key_prefix_and_expire_once_they_would_be_full() {
    String key = newKey();
    limiter.tryAcquire(key, new RateLimit("test", 5, Duration.ofSeconds(30)));

    try (RedisClient client = RedisClient.create(redis.url())) {
      long ttl = client.pttl(redis.keyPrefix() + ":ratelimit:" + key);
      // full again 6 s after one of five permits per 30 s was taken, plus a 10 s margin
      assertThat(ttl).isBetween(1L, 16_000L);
    }
    assertThat(redis.keyCount()).isEqualTo(1);
  }
}
