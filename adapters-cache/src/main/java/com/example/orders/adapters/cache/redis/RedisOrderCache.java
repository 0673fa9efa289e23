package com.example.orders.adapters.cache.redis;

import com.example.orders.adapters.cache.CacheSettings;
import com.example.orders.adapters.cache.CacheStatistics;
import com.example.orders.adapters.cache.CachedRead;
import com.example.orders.adapters.cache.LocalCache;
import com.example.orders.adapters.cache.OrderKeys;
import com.example.orders.application.port.DependencyUnavailableException;
import com.example.orders.application.port.OrderCache;
import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.shared.TenantId;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;

/**
 * The {@link OrderCache} port on Redis, shared by every instance, with a short-lived near cache
 * in each instance's memory in front of it. See {@code docs/adr/0019-order-read-cache.md}.
 *
 * <ul>
 *   <li>A miss reads the entry and its generation counter in one round trip, loads from the
 *       source, and stores the result only if no eviction bumped the counter meanwhile (a Lua
 *       script), so a read racing a change never stores the old order.
 *   <li>An eviction bumps the counter, deletes the entry and publishes the order on the
 *       invalidation channel in one script; every instance drops it from its near cache.
 *   <li>Every Redis call goes through the circuit breaker and is bounded by the configured
 *       timeout; on any failure the read goes to the source and nothing is thrown. An eviction
 *       that fails is retried in the background, and until then that order is read from the source.
 * </ul>
 */
public final class RedisOrderCache implements OrderCache, AutoCloseable {

  private static final String FILL = """
      if (redis.call('GET', KEYS[2]) or '') == ARGV[1] then
        redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
        return 1
      end
      return 0""";

  private static final String EVICT = """
      redis.call('INCR', KEYS[2])
      redis.call('PEXPIRE', KEYS[2], ARGV[1])
      redis.call('DEL', KEYS[1])
      if ARGV[3] ~= '' then redis.call('PUBLISH', ARGV[2], ARGV[3]) end
      return 1""";

  private static final String DEPENDENCY = "cache";
  private static final Duration RETRY_INTERVAL = Duration.ofMillis(250);
  private static final int MAX_PENDING_EVICTIONS = 100_000;

  private final CacheSettings settings;
  private final OrderKeys keys;
  private final String channel;
  private final RedisClient redis;
  private final CircuitBreaker breaker;
  private final LocalCache near;
  private final CacheStatistics statistics = new CacheStatistics();
  private final ConcurrentHashMap<String, Pending> pendingEvictions = new ConcurrentHashMap<>();
  private final InvalidationSubscriber subscriber;
  private final ScheduledExecutorService retries;
  private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();
  private final TimeLimiter deadline;
  private final RedisTracing tracing;

  /**
   * Connects lazily: Redis need not be up for the service to start.
   *
   * @param breaker guards every Redis call; its state says whether the cache is degraded
   */
  public RedisOrderCache(RedisSettings redis, CacheSettings settings, CircuitBreaker breaker) {
    this(redis, settings, breaker, RedisTracing.none());
  }

  /** @param tracing spans of the commands (ADR 0033) */
  public RedisOrderCache(RedisSettings redis, CacheSettings settings, CircuitBreaker breaker,
      RedisTracing tracing) {
    this(redis, settings, breaker, SnapshotCodec.FORMAT_VERSION, tracing);
  }

  RedisOrderCache(RedisSettings redis, CacheSettings settings, CircuitBreaker breaker,
      int formatVersion) {
    this(redis, settings, breaker, formatVersion, RedisTracing.none());
  }

  private RedisOrderCache(RedisSettings redis, CacheSettings settings, CircuitBreaker breaker,
      int formatVersion, RedisTracing tracing) {
    this.settings = settings;
    this.tracing = tracing;
    this.keys = new OrderKeys(redis.keyPrefix(), formatVersion);
    this.channel = redis.keyPrefix() + ":invalidations";
    this.breaker = breaker;
    // the socket timeout bounds each read from Redis, not the whole call (opening a connection,
    // the pool, the driver): the deadline bounds it all
    this.deadline = TimeLimiter.of(TimeLimiterConfig.custom()
        .timeoutDuration(redis.timeout())
        .cancelRunningFuture(true)
        .build());
    this.near = new LocalCache(settings.maxEntries());
    JedisClientConfig client = RedisClients.clientConfig(redis);
    HostAndPort address = RedisClients.address(redis);
    this.redis = RedisClients.pooled(redis);
    this.subscriber = new InvalidationSubscriber(
        address, client, channel, this::onInvalidation, near::clear);
    this.retries = Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().daemon().name("orders-cache-evictions").factory());
    subscriber.start();
    retries.scheduleWithFixedDelay(this::retryPendingEvictions,
        RETRY_INTERVAL.toMillis(), RETRY_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public Optional<Order> find(TenantId tenant, OrderId id, Supplier<Optional<Order>> source) {
    String key = keys.order(tenant, id);
    return near.find(key, statistics, () -> loadShared(key, source));
  }

  @Override
  public void evict(TenantId tenant, OrderId id) {
    Pending pending = new Pending(tenant, id);
    boolean evicted = evictShared(pending, true);
    // the shared entry first: a read between the two would fetch it and keep it here
    near.evict(keys.order(tenant, id));
    if (!evicted) {
      rememberFailedEviction(pending);
    }
  }

  /** Counts of hits, misses and errors since start. */
  public CacheStatistics statistics() {
    return statistics;
  }

  /**
   * Whether reads are served from Redis now: the breaker is closed and invalidations arrive.
   * Never blocks; when false, every read goes to the source.
   */
  public boolean available() {
    return breaker.getState() == CircuitBreaker.State.CLOSED && subscriber.connected();
  }

  @Override
  public void close() {
    retries.shutdownNow();
    calls.shutdownNow();
    subscriber.close();
    redis.close();
  }

  private LocalCache.Loaded loadShared(String key, Supplier<Optional<Order>> source) {
    if (pendingEvictions.containsKey(key)) {
      statistics.recordMiss();
      return new LocalCache.Loaded(CachedRead.of(source.get()), Duration.ZERO);
    }
    String generationKey = key + ":gen";
    Optional<List<String>> stored = guarded("MGET", () -> redis.mget(key, generationKey));
    if (stored.isEmpty()) {
      statistics.recordMiss();
      return new LocalCache.Loaded(CachedRead.of(source.get()), Duration.ZERO);
    }
    String value = stored.get().get(0);
    if (value != null) {
      try {
        CachedRead read = SnapshotCodec.decode(value);
        statistics.recordHit();
        return new LocalCache.Loaded(read, nearTtl(read));
      } catch (IllegalArgumentException broken) {
        // a broken entry is a miss; the fill below overwrites it
      }
    }
    statistics.recordMiss();
    CachedRead read = CachedRead.of(source.get());
    String generation = Optional.ofNullable(stored.get().get(1)).orElse("");
    Duration ttl = read.found() ? settings.jitteredTtl() : settings.negativeTtl();
    guarded("EVAL", () -> redis.eval(FILL, List.of(key, generationKey),
        List.of(generation, SnapshotCodec.encode(read), Long.toString(ttl.toMillis()))));
    return new LocalCache.Loaded(read, nearTtl(read));
  }

  /** Invalidations may be missed while the subscription is down: then keep nothing locally. */
  private Duration nearTtl(CachedRead read) {
    if (!subscriber.connected()) {
      return Duration.ZERO;
    }
    Duration local = settings.localTtl();
    return read.found() || local.compareTo(settings.negativeTtl()) < 0
        ? local
        : settings.negativeTtl();
  }

  private boolean evictShared(Pending pending, boolean publish) {
    String key = keys.order(pending.tenant(), pending.id());
    String message = publish
        ? keys.formatVersion() + " " + pending.tenant().value() + " " + pending.id().value()
        : "";
    return guarded("EVAL", () -> redis.eval(EVICT, List.of(key, key + ":gen"),
        List.of(Long.toString(settings.ttl().toMillis()), channel, message))).isPresent();
  }

  /**
   * Another instance changed an order: forget it here; and when that instance writes another
   * format (a rolling deploy), delete this format's entry too, which it did not know to delete.
   */
  private void onInvalidation(String message) {
    String[] parts = message.split(" ");
    if (parts.length != 3) {
      return;
    }
    try {
      Pending order = new Pending(new TenantId(parts[1]), new OrderId(UUID.fromString(parts[2])));
      if (!parts[0].equals(Integer.toString(keys.formatVersion()))
          && !evictShared(order, false)) {
        rememberFailedEviction(order);
      }
      // after the shared entry: a read in between would otherwise fetch the old one and keep it
      near.evict(keys.order(order.tenant(), order.id()));
    } catch (RuntimeException notAnOrder) {
      // a message we did not write: nothing of ours to forget
    }
  }

  private void rememberFailedEviction(Pending pending) {
    if (pendingEvictions.size() < MAX_PENDING_EVICTIONS) {
      pendingEvictions.put(keys.order(pending.tenant(), pending.id()), pending);
    }
  }

  private void retryPendingEvictions() {
    for (var pending : pendingEvictions.entrySet()) {
      if (!evictShared(pending.getValue(), true)) {
        return;
      }
      pendingEvictions.remove(pending.getKey(), pending.getValue());
    }
  }

  /**
   * The call, the Redis command {@code operation}, within the deadline and through the breaker,
   * in a span; empty when it failed or was skipped.
   */
  private <T> Optional<T> guarded(String operation, Supplier<T> call) {
    try {
      return Optional.of(tracing.call(operation,
          () -> breakerCall(() -> withinDeadline(call))));
    } catch (Exception failure) {
      statistics.recordError();
      return Optional.empty();
    }
  }

  private <T> T breakerCall(java.util.concurrent.Callable<T> call) {
    try {
      return breaker.executeCallable(call);
    } catch (RuntimeException failure) {
      throw failure;
    } catch (Exception failure) {
      throw new DependencyUnavailableException(DEPENDENCY, failure);
    }
  }

  /**
   * The call within the deadline; any failure as the port's "unavailable", the one kind of
   * failure a dependency's breaker counts.
   */
  private <T> T withinDeadline(Supplier<T> call) {
    try {
      return deadline.executeFutureSupplier(() -> calls.submit(call::get));
    } catch (Exception failure) {
      throw new DependencyUnavailableException(DEPENDENCY, failure);
    }
  }

  /** An order whose shared entry is still to be deleted. */
  private record Pending(TenantId tenant, OrderId id) {}
}
