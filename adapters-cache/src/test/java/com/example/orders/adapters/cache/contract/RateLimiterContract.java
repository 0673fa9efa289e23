package com.example.orders.adapters.cache.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.application.port.RateLimit;
import com.example.orders.application.port.RateLimitDecision;
import com.example.orders.application.port.RateLimiter;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link RateLimiter} does, whatever keeps its buckets. */
public abstract class RateLimiterContract {

  /** A limiter of the implementation under test, fresh for each test. */
  protected abstract RateLimiter limiter();

  protected static String newKey() {
    return "caller-" + UUID.randomUUID();
  }

  @Test
  void allows_the_whole_quota_at_once_then_refuses_until_a_permit_refills() {
    RateLimit limit = new RateLimit("test", 3, Duration.ofMinutes(1));
    String key = newKey();

    for (long left = 2; left >= 0; left--) {
      RateLimitDecision allowed = limiter().tryAcquire(key, limit);
      assertThat(allowed.allowed()).isTrue();
      assertThat(allowed.remaining()).isEqualTo(left);
      assertThat(allowed.retryAfter()).isZero();
    }
    RateLimitDecision refused = limiter().tryAcquire(key, limit);

    assertThat(refused.allowed()).isFalse();
    assertThat(refused.remaining()).isZero();
    // one permit of three per minute refills in 20 s; a full bucket takes the whole minute
    assertThat(refused.retryAfter()).isBetween(Duration.ofSeconds(19), Duration.ofSeconds(20));
    assertThat(refused.untilFull()).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(60));
  }

  @Test
  void each_key_has_a_budget_of_its_own() {
    RateLimit limit = new RateLimit("test", 1, Duration.ofMinutes(1));
    String first = newKey();
    String second = newKey();

    assertThat(limiter().tryAcquire(first, limit).allowed()).isTrue();
    assertThat(limiter().tryAcquire(first, limit).allowed()).isFalse();
    assertThat(limiter().tryAcquire(second, limit).allowed()).isTrue();
  }

  @Test
  void a_refused_caller_is_allowed_again_once_a_permit_has_refilled() throws InterruptedException {
    RateLimit limit = new RateLimit("test", 4, Duration.ofSeconds(1));
    String key = newKey();
    for (int i = 0; i < 4; i++) {
      limiter().tryAcquire(key, limit);
    }
    RateLimitDecision refused = limiter().tryAcquire(key, limit);
    assertThat(refused.allowed()).isFalse();

    Thread.sleep(refused.retryAfter().toMillis() + 20);

    assertThat(limiter().tryAcquire(key, limit).allowed()).isTrue();
  }
}
