package com.example.orders.adapters.cache.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.example.orders.adapters.cache.testing.TestRedis;
import com.example.orders.application.port.RateLimit;
import com.example.orders.application.port.RateLimitDecision;
import com.example.orders.testsupport.FaultyProxy;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Redis cut off or slowed for real, through a TCP proxy: limits hold in process, the switch is
 * logged once each way and counted, and the shared budget takes over again when Redis is back.
 */
class RedisRateLimiterFaultsTest {

  private static final Duration TIMEOUT = Duration.ofMillis(100);

  private TestRedis redis;
  private FaultyProxy proxy;
  private CircuitBreaker breaker;
  private RedisRateLimiter limiter;
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

  @BeforeEach
  void limiterBehindAProxy() {
    redis = TestRedis.create();
    proxy = FaultyProxy.to(redis.url().getHost(), redis.url().getPort());
    breaker = CircuitBreaker.of("rate-limits", CircuitBreakerConfig.custom()
        .slidingWindowSize(10)
        .minimumNumberOfCalls(5)
        .waitDurationInOpenState(Duration.ofMillis(300))
        .permittedNumberOfCallsInHalfOpenState(1)
        .build());
    limiter = new RedisRateLimiter(redis.settings(proxy.port(), TIMEOUT), breaker);
    logged.start();
    ((Logger) LoggerFactory.getLogger(RedisRateLimiter.class)).addAppender(logged);
  }

  @AfterEach
  void close() {
    ((Logger) LoggerFactory.getLogger(RedisRateLimiter.class)).detachAppender(logged);
    limiter.close();
    proxy.close();
    redis.close();
  }

  @Test
  void with_redis_cut_the_same_limits_hold_in_process_logged_once_and_counted() {
    RateLimit limit = new RateLimit("test", 3, Duration.ofMinutes(1));
    assertThat(limiter.tryAcquire("warm-up", limit).shared()).isTrue();

    proxy.cut();
    List<RateLimitDecision> decisions = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      decisions.add(limiter.tryAcquire("caller", limit));
    }

    assertThat(decisions).allSatisfy(decision -> assertThat(decision.shared()).isFalse());
    assertThat(decisions).extracting(RateLimitDecision::allowed)
        .containsExactly(true, true, true, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, false, false);
    assertThat(limiter.available()).isFalse();
    assertThat(limiter.statistics().shared()).isFalse();
    assertThat(limiter.statistics().fallbacks()).isEqualTo(1);
    assertThat(limiter.statistics().localDecisions()).isEqualTo(20);
    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThat(messages()).containsExactly(
        "Redis is unavailable for rate limits: each instance now enforces them on its own,"
            + " until Redis answers again");
  }

  @Test
  void when_redis_returns_the_shared_budget_takes_over_again_logged_once() {
    RateLimit limit = new RateLimit("test", 100, Duration.ofMinutes(1));
    proxy.cut();
    for (int i = 0; i < 10; i++) {
      limiter.tryAcquire("caller-" + i, limit);
    }
    assertThat(limiter.available()).isFalse();

    proxy.restore();
    await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
        .until(() -> limiter.tryAcquire("after", limit).shared());

    assertThat(limiter.available()).isTrue();
    assertThat(limiter.statistics().shared()).isTrue();
    assertThat(limiter.statistics().fallbacks()).isEqualTo(1);
    assertThat(messages()).hasSize(2).last().isEqualTo("rate limits are shared through Redis again");
  }

  @Test
  void with_redis_slower_than_its_timeout_every_decision_still_comes_within_the_timeout() {
    RateLimit limit = new RateLimit("test", 10, Duration.ofMinutes(1));
    limiter.tryAcquire("warm-up", limit);

    proxy.delay(Duration.ofMillis(500));
    for (int i = 0; i < 10; i++) {
      long started = System.nanoTime();
      RateLimitDecision decision = limiter.tryAcquire("caller", limit);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertThat(decision.shared()).isFalse();
      assertThat(took).isLessThan(TIMEOUT.multipliedBy(4));
    }
    assertThat(limiter.statistics().fallbacks()).isEqualTo(1);
  }

  private List<String> messages() {
    return logged.list.stream()
        .map(event -> event.getMessage().replace(" ({})", ""))
        .toList();
  }
}
