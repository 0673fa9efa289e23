package com.example.orders.adapters.cache.redis;

import static com.example.orders.adapters.cache.contract.SampleOrders.draft;
import static com.example.orders.adapters.cache.contract.SampleOrders.newId;
import static com.example.orders.adapters.cache.contract.SampleOrders.newTenant;
import static com.example.orders.adapters.cache.contract.SampleOrders.placed;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.cache.CacheSettings;
import com.example.orders.adapters.cache.contract.CountingSource;
import com.example.orders.testsupport.FaultyProxy;
import com.example.orders.adapters.cache.testing.TestRedis;
import com.example.orders.domain.order.Order;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Redis cut off or slowed for real, through a TCP proxy: reads go on, from the source. */
class RedisFaultsTest {

  private static final Duration TIMEOUT = Duration.ofMillis(100);
  private static final CacheSettings SETTINGS = new CacheSettings(
      Duration.ofMinutes(5), Duration.ofSeconds(5), Duration.ofMillis(50), 1_000);

  private TestRedis redis;
  private FaultyProxy proxy;
  private CircuitBreaker breaker;
  private RedisOrderCache cache;

  @BeforeEach
  void cacheBehindAProxy() {
    redis = TestRedis.create();
    proxy = FaultyProxy.to(redis.url().getHost(), redis.url().getPort());
    breaker = CircuitBreaker.of("redis", CircuitBreakerConfig.custom()
        .slidingWindowSize(10)
        .minimumNumberOfCalls(5)
        .waitDurationInOpenState(Duration.ofMillis(500))
        .permittedNumberOfCallsInHalfOpenState(1)
        .build());
    cache = new RedisOrderCache(redis.settings(proxy.port(), TIMEOUT), SETTINGS, breaker);
    RedisCaches.awaitSubscribed(cache);
  }

  @AfterEach
  void close() {
    cache.close();
    proxy.close();
    redis.close();
  }

  @Test
  void with_redis_cut_reads_come_from_the_source_the_breaker_opens_and_hits_resume_after()
      throws Exception {
    Order order = draft(newTenant(), newId());
    CountingSource source = CountingSource.of(order);
    cache.find(order.tenantId(), order.id(), source);

    proxy.cut();
    readTwentyTimesEachWithin(order, source, Duration.ofSeconds(2));
    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThat(cache.available()).isFalse();
    assertThat(cache.statistics().errors()).isPositive();

    proxy.restore();
    RedisCaches.awaitSubscribed(cacheAfterBreakerCloses(order, source));
    int readsBefore = source.reads();
    Thread.sleep(SETTINGS.localTtl().toMillis() * 2);
    cache.find(order.tenantId(), order.id(), source);
    assertThat(source.reads()).as("served from Redis again").isEqualTo(readsBefore);
  }

  @Test
  void with_redis_slower_than_its_timeout_every_read_answers_within_the_timeout_plus_the_source()
      throws Exception {
    Order order = draft(newTenant(), newId());
    CountingSource source = CountingSource.of(order);
    cache.find(order.tenantId(), order.id(), source);

    // each way takes 2 s, so a read that waited for Redis would take 4 s; the bound is far below
    // that, and far above the 100 ms deadline, since a busy CI machine stalls threads for a while
    proxy.delay(Duration.ofSeconds(2));
    readTwentyTimesEachWithin(order, source, Duration.ofSeconds(2));

    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
  }

  @Test
  void a_change_whose_eviction_failed_is_not_served_stale_once_redis_returns() throws Exception {
    Order order = draft(newTenant(), newId());
    CountingSource source = CountingSource.of(order);
    cache.find(order.tenantId(), order.id(), source);

    proxy.cut();
    source.answer(placed(order));
    cache.evict(order.tenantId(), order.id());
    proxy.restore();

    for (int i = 0; i < 40; i++) {
      Order read = cache.find(order.tenantId(), order.id(), source).orElseThrow();
      assertThat(read.version()).as("read %d after Redis returned", i).isEqualTo(2);
      Thread.sleep(25);
    }
  }

  /**
   * Reads past the near cache each time, and each read must answer, within {@code bound}. The
   * first read after the fault is not timed: it loads the classes of the failure path, which on
   * a busy CI machine took seconds once.
   */
  private void readTwentyTimesEachWithin(Order order, CountingSource source, Duration bound)
      throws InterruptedException {
    assertThat(cache.find(order.tenantId(), order.id(), source)).isPresent();
    Thread.sleep(SETTINGS.localTtl().toMillis());
    for (int i = 0; i < 20; i++) {
      long started = System.nanoTime();
      assertThat(cache.find(order.tenantId(), order.id(), source)).isPresent();
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(bound);
      Thread.sleep(SETTINGS.localTtl().toMillis());
    }
  }

  /** Reads until the half-open breaker has let a call through and closed again. */
  private RedisOrderCache cacheAfterBreakerCloses(Order order, CountingSource source)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (breaker.getState() != CircuitBreaker.State.CLOSED && System.nanoTime() < deadline) {
      cache.find(order.tenantId(), order.id(), source);
      Thread.sleep(50);
    }
    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    return cache;
  }
}
