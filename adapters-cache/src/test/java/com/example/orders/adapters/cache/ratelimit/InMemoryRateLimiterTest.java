package com.example.orders.adapters.cache.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.cache.contract.RateLimiterContract;
import com.example.orders.application.port.RateLimit;
import com.example.orders.application.port.RateLimiter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryRateLimiterTest extends RateLimiterContract {

  private final InMemoryRateLimiter limiter = new InMemoryRateLimiter();

  @Override
  protected RateLimiter limiter() {
    return limiter;
  }

  @Test
  void its_decisions_are_never_shared() {
    assertThat(limiter.tryAcquire(newKey(), new RateLimit("test", 1, Duration.ofMinutes(1)))
        .shared()).isFalse();
  }
}
