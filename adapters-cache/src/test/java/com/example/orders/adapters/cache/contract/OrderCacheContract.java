package com.example.orders.adapters.cache.contract;

import static com.example.orders.adapters.cache.contract.SampleOrders.draft;
import static com.example.orders.adapters.cache.contract.SampleOrders.newId;
import static com.example.orders.adapters.cache.contract.SampleOrders.newTenant;
import static com.example.orders.adapters.cache.contract.SampleOrders.placed;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.cache.CacheSettings;
import com.example.orders.application.port.OrderCache;
import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.order.OrderStatus;
import com.example.orders.domain.shared.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OrderCache} does, whatever stores its entries. A subclass makes caches with
 * the given settings and closes them after each test.
 */
public abstract class OrderCacheContract {

  /** Long enough that nothing expires during a test unless the test waits for it. */
  protected static final CacheSettings LONG_LIVED = new CacheSettings(
      Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(1), 1_000);

  protected abstract OrderCache newCache(CacheSettings settings);

  protected OrderCache newCache() {
    return newCache(LONG_LIVED);
  }

  @Test
  void a_miss_reads_the_source_and_the_next_read_is_served_from_the_cache() {
    OrderCache cache = newCache();
    Order order = draft(newTenant(), newId());
    CountingSource source = CountingSource.of(order);

    Optional<Order> first = cache.find(order.tenantId(), order.id(), source);
    Optional<Order> second = cache.find(order.tenantId(), order.id(), source);

    assertThat(first).hasValueSatisfying(found -> assertSameState(found, order));
    assertThat(second).hasValueSatisfying(found -> assertSameState(found, order));
    assertThat(source.reads()).isOne();
  }

  @Test
  void an_order_that_does_not_exist_is_remembered_as_missing_for_the_negative_ttl_only()
      throws Exception {
    OrderCache cache = newCache(new CacheSettings(
        Duration.ofMinutes(5), Duration.ofMillis(300), Duration.ofMillis(300), 1_000));
    TenantId tenant = newTenant();
    OrderId id = newId();
    CountingSource source = CountingSource.empty();

    assertThat(cache.find(tenant, id, source)).isEmpty();
    assertThat(cache.find(tenant, id, source)).isEmpty();
    assertThat(source.reads()).isOne();

    Thread.sleep(600);
    assertThat(cache.find(tenant, id, source)).isEmpty();
    assertThat(source.reads()).isEqualTo(2);
  }

  @Test
  void an_evicted_order_is_read_from_the_source_again_with_its_new_state() {
    OrderCache cache = newCache();
    Order order = draft(newTenant(), newId());
    CountingSource source = CountingSource.of(order);
    cache.find(order.tenantId(), order.id(), source);

    Order changed = placed(order);
    source.answer(changed);
    cache.evict(order.tenantId(), order.id());

    assertThat(cache.find(order.tenantId(), order.id(), source))
        .hasValueSatisfying(found -> assertThat(found.version()).isEqualTo(2));
    assertThat(source.reads()).isEqualTo(2);
  }

  @Test
  void evicting_an_id_that_was_remembered_as_missing_lets_the_new_order_be_found() {
    OrderCache cache = newCache();
    Order order = draft(newTenant(), newId());
    CountingSource source = CountingSource.empty();
    assertThat(cache.find(order.tenantId(), order.id(), source)).isEmpty();

    source.answer(order);
    cache.evict(order.tenantId(), order.id());

    assertThat(cache.find(order.tenantId(), order.id(), source)).isPresent();
  }

  @Test
  void tenants_never_share_an_entry_even_for_the_same_id() {
    OrderCache cache = newCache();
    OrderId id = newId();
    TenantId acme = newTenant();
    TenantId globex = newTenant();
    CountingSource acmeSource = CountingSource.of(draft(acme, id));
    CountingSource globexSource = CountingSource.empty();

    cache.find(acme, id, acmeSource);

    assertThat(cache.find(globex, id, globexSource)).isEmpty();
    assertThat(globexSource.reads()).isOne();
    assertThat(cache.find(acme, id, acmeSource))
        .hasValueSatisfying(found -> assertThat(found.tenantId()).isEqualTo(acme));
  }

  @Test
  void a_burst_of_concurrent_misses_for_one_order_reads_the_source_once() throws Exception {
    OrderCache cache = newCache();
    Order order = draft(newTenant(), newId());
    CountingSource source = CountingSource.of(order).slow(Duration.ofMillis(300));
    int readers = 32;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Optional<Order>>> answers = new ArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < readers; i++) {
        answers.add(threads.submit(() -> {
          start.await();
          return cache.find(order.tenantId(), order.id(), source);
        }));
      }
      start.countDown();
      for (Future<Optional<Order>> answer : answers) {
        assertThat(answer.get()).hasValueSatisfying(found -> assertSameState(found, order));
      }
    }

    assertThat(source.reads()).isOne();
  }

  @Test
  void a_read_that_raced_a_change_does_not_leave_the_old_order_in_the_cache() {
    OrderCache cache = newCache();
    Order order = draft(newTenant(), newId());
    CountingSource source = CountingSource.of(order);
    // the change commits and evicts while the read is between the database and the cache
    source.during(() -> {
      source.answer(placed(order));
      cache.evict(order.tenantId(), order.id());
      source.during(() -> {});
    });

    assertThat(cache.find(order.tenantId(), order.id(), source))
        .hasValueSatisfying(found -> assertThat(found.version()).isEqualTo(1));

    assertThat(cache.find(order.tenantId(), order.id(), source))
        .hasValueSatisfying(found -> assertThat(found.status()).isEqualTo(OrderStatus.PLACED));
  }

  @Test
  void an_order_is_forgotten_once_its_ttl_has_passed() throws Exception {
    OrderCache cache = newCache(new CacheSettings(
        Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofMillis(300), 1_000));
    Order order = draft(newTenant(), newId());
    CountingSource source = CountingSource.of(order);
    cache.find(order.tenantId(), order.id(), source);

    Thread.sleep(600);
    cache.find(order.tenantId(), order.id(), source);

    assertThat(source.reads()).isEqualTo(2);
  }

  @Test
  void each_reader_gets_an_order_of_its_own() {
    OrderCache cache = newCache();
    Order order = draft(newTenant(), newId());
    CountingSource source = CountingSource.of(order);

    Order first = cache.find(order.tenantId(), order.id(), source).orElseThrow();
    Order second = cache.find(order.tenantId(), order.id(), source).orElseThrow();

    assertThat(first).isNotSameAs(second);
  }

  protected static void assertSameState(Order found, Order expected) {
    assertThat(found.snapshot()).isEqualTo(expected.snapshot());
  }
}
