package com.example.orders.adapters.cache.redis;

import static com.example.orders.adapters.cache.contract.SampleOrders.draft;
import static com.example.orders.adapters.cache.contract.SampleOrders.newId;
import static com.example.orders.adapters.cache.contract.SampleOrders.newTenant;
import static com.example.orders.adapters.cache.contract.SampleOrders.placed;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.cache.CacheSettings;
import com.example.orders.adapters.cache.contract.CountingSource;
import com.example.orders.adapters.cache.contract.OrderCacheContract;
import com.example.orders.adapters.cache.testing.TestRedis;
import com.example.orders.application.port.OrderCache;
import com.example.orders.domain.order.Order;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract on a real Redis, and what only a shared cache does: instances sharing a Redis. */
class RedisOrderCacheTest extends OrderCacheContract {

  private TestRedis redis;
  private final List<RedisOrderCache> caches = new ArrayList<>();

  @BeforeEach
  void freshKeyPrefix() {
    redis = TestRedis.create();
  }

  @AfterEach
  void closeCaches() {
    caches.forEach(RedisOrderCache::close);
    redis.close();
  }

  @Override
  protected OrderCache newCache(CacheSettings settings) {
    return instance(settings, SnapshotCodec.FORMAT_VERSION);
  }

  private RedisOrderCache instance(CacheSettings settings, int formatVersion) {
    RedisOrderCache cache = new RedisOrderCache(
        redis.settings(), settings, CircuitBreaker.ofDefaults("redis"), formatVersion);
    caches.add(cache);
    RedisCaches.awaitSubscribed(cache);
    return cache;
  }

  @Test
  void an_order_one_instance_read_is_served_to_another_from_redis() {
    RedisOrderCache first = instance(LONG_LIVED, 1);
    RedisOrderCache second = instance(LONG_LIVED, 1);
    Order order = draft(newTenant(), newId());
    CountingSource source = CountingSource.of(order);

    first.find(order.tenantId(), order.id(), source);
    Order fromRedis = second.find(order.tenantId(), order.id(), source).orElseThrow();

    assertSameState(fromRedis, order);
    assertThat(source.reads()).isOne();
    assertThat(second.statistics().hits()).isOne();
  }

  @Test
  void a_change_made_through_one_instance_reaches_another_long_before_its_local_ttl()
      throws Exception {
    RedisOrderCache reader = instance(LONG_LIVED, 1);
    RedisOrderCache writer = instance(LONG_LIVED, 1);
    Order order = draft(newTenant(), newId());
    CountingSource source = CountingSource.of(order);
    reader.find(order.tenantId(), order.id(), source);
    assertThat(reader.find(order.tenantId(), order.id(), source).orElseThrow().version()).isOne();

    source.answer(placed(order));
    writer.evict(order.tenantId(), order.id());

    // the reader keeps orders in memory for a minute; the invalidation message must reach it
    assertThat(versionWithinFiveSeconds(reader, order, source)).isEqualTo(2);
  }

  @Test
  void an_instance_writing_another_format_never_reads_entries_of_the_old_one() {
    RedisOrderCache current = instance(LONG_LIVED, 1);
    RedisOrderCache next = instance(LONG_LIVED, 2);
    Order order = draft(newTenant(), newId());
    CountingSource source = CountingSource.of(order);

    current.find(order.tenantId(), order.id(), source);
    next.find(order.tenantId(), order.id(), source);

    assertThat(source.reads()).isEqualTo(2);
    assertThat(next.statistics().misses()).isOne();
  }

  @Test
  void a_change_made_by_an_instance_of_another_format_evicts_this_formats_entry_too()
      throws Exception {
    RedisOrderCache current = instance(LONG_LIVED, 1);
    RedisOrderCache next = instance(LONG_LIVED, 2);
    RedisOrderCache laterReader = instance(LONG_LIVED, 1);
    Order order = draft(newTenant(), newId());
    CountingSource source = CountingSource.of(order);
    current.find(order.tenantId(), order.id(), source);

    source.answer(placed(order));
    next.evict(order.tenantId(), order.id());

    assertThat(versionWithinFiveSeconds(laterReader, order, source)).isEqualTo(2);
  }

  @Test
  void a_burst_of_misses_on_two_instances_reads_the_source_at_most_once_per_instance()
      throws Exception {
    RedisOrderCache first = instance(LONG_LIVED, 1);
    RedisOrderCache second = instance(LONG_LIVED, 1);
    Order order = draft(newTenant(), newId());
    CountingSource source = CountingSource.of(order).slow(Duration.ofMillis(300));

    List<Thread> readers = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      RedisOrderCache cache = i % 2 == 0 ? first : second;
      readers.add(Thread.ofVirtual().start(() -> cache.find(order.tenantId(), order.id(), source)));
    }
    for (Thread reader : readers) {
      reader.join();
    }

    assertThat(source.reads()).isBetween(1, 2);
  }

  @Test
  void keys_name_the_service_the_format_the_tenant_and_the_order() {
    OrderCache cache = newCache();
    Order order = draft(newTenant(), newId());
    cache.find(order.tenantId(), order.id(), CountingSource.of(order));

    assertThat(RedisCaches.keys(redis)).containsExactly(redis.keyPrefix() + ":v1:"
        + order.tenantId().value() + ":order:" + order.id().value());
  }

  /** The version {@code cache} reads, polled until it is no longer the first or 2 s passed. */
  private static long versionWithinFiveSeconds(RedisOrderCache cache, Order order,
      CountingSource source) throws InterruptedException {
    // pub/sub delivers in milliseconds; the slack is for a machine loaded by parallel builds
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    long version = 1;
    while (version == 1 && System.nanoTime() < deadline) {
      version = cache.find(order.tenantId(), order.id(), source).orElseThrow().version();
      Thread.sleep(5);
    }
    return version;
  }
}
