package com.example.orders.adapters.cache.ratelimit;

import com.example.orders.adapters.cache.redis.RedisClients;
import com.example.orders.adapters.cache.redis.RedisSettings;
import com.example.orders.adapters.cache.redis.RedisTracing;
import com.example.orders.application.port.DependencyUnavailableException;
import com.example.orders.application.port.RateLimit;
import com.example.orders.application.port.RateLimitDecision;
import com.example.orders.application.port.RateLimiter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

/**
 * The {@link RateLimiter} port on Redis: every instance takes its permits from the same Bucket4j
 * buckets, so a budget is one budget however many instances serve it.
 *
 * <ul>
 *   <li>Every Redis command goes through the circuit breaker and is bounded by the client's
 *       timeouts ({@link RedisSettings#timeout()}, {@link RedisSettings#connectTimeout()}).
 *   <li>When a command fails or the breaker refuses it, the decision is made by in-process buckets
 *       of the same shape ({@link InMemoryRateLimiter}): limits hold per instance until Redis is
 *       back, never all calls let through, never all refused. The switch is logged once each way
 *       and counted ({@link #statistics()}).
 *   <li>Buckets of a quota of at least {@value #SYNCED_QUOTA} calls are synchronised lazily: an
 *       instance takes up to 1% of the quota locally, or for up to {@link #MAX_UNSYNCHRONIZED},
 *       before it writes back to Redis (Bucket4j's "delaying" optimisation). A busy caller costs a
 *       few Redis round trips a second instead of two per call; the budget may be overdrawn by 1%
 *       per instance. Smaller quotas are exact.
 * </ul>
 */
public final class RedisRateLimiter implements RateLimiter, AutoCloseable {

  /** How the port's "unavailable" names this dependency. */
  public static final String DEPENDENCY = "rate-limits";

  static final long SYNCED_QUOTA = 100;
  static final Duration MAX_UNSYNCHRONIZED = Duration.ofMillis(100);

  private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);

  private final UnifiedJedis redis;
  private final CircuitBreaker breaker;
  private final JedisProxyManager proxies;
  private final KeyedBuckets<BucketProxy> shared;
  private final InMemoryRateLimiter local;
  private final RateLimiterStatistics statistics = new RateLimiterStatistics();
  private final AtomicBoolean fallenBack = new AtomicBoolean();
  private final RedisTracing tracing;

  /**
   * Connects lazily: Redis need not be up for the service to start (it decides locally until it
   * is).
   *
   * @param breaker guards every Redis command
   */
  public RedisRateLimiter(RedisSettings redis, CircuitBreaker breaker) {
    this(redis, breaker, RedisTracing.none());
  }

  /** @param tracing spans of the commands (ADR 0033) */
  public RedisRateLimiter(RedisSettings redis, CircuitBreaker breaker, RedisTracing tracing) {
    this(RedisClients.pooled(redis), redis.keyPrefix(), breaker, tracing);
  }

  /** On a client of the caller's, which this limiter closes with itself. */
  public RedisRateLimiter(UnifiedJedis redis, String keyPrefix, CircuitBreaker breaker) {
    this(redis, keyPrefix, breaker, RedisTracing.none());
  }

  private RedisRateLimiter(UnifiedJedis redis, String keyPrefix, CircuitBreaker breaker,
      RedisTracing tracing) {
    this.tracing = tracing;
    this.redis = redis;
    this.breaker = breaker;
    this.proxies = new JedisProxyManager(redis, keyPrefix + ":ratelimit:", this::guarded);
    this.shared = new KeyedBuckets<>(InMemoryRateLimiter.DEFAULT_MAX_BUCKETS);
    this.local = new InMemoryRateLimiter();
  }

  @Override
  public RateLimitDecision tryAcquire(String key, RateLimit limit) {
    try {
      BucketProxy bucket = shared.get(key, limit, this::proxy);
      RateLimitDecision decision = Buckets.decision(bucket.tryConsumeAndReturnRemaining(1), true);
      return fallenBack.get() ? asLocal(decision) : decision;
    } catch (RuntimeException unavailable) {
      statistics.decidedLocally();
      return local.tryAcquire(key, limit);
    }
  }

  /** Whether budgets are shared through Redis right now; never blocks. */
  public boolean available() {
    return !fallenBack.get() && breaker.getState() == CircuitBreaker.State.CLOSED;
  }

  public RateLimiterStatistics statistics() {
    return statistics;
  }

  @Override
  public void close() {
    redis.close();
  }

  private BucketProxy proxy(String key, RateLimit limit) {
    var builder = proxies.builder();
    if (limit.quota() >= SYNCED_QUOTA) {
      builder = builder.withOptimization(Optimizations.delaying(
          new DelayParameters(limit.quota() / SYNCED_QUOTA, MAX_UNSYNCHRONIZED)));
    }
    return builder.build(key, () -> Buckets.configuration(limit));
  }

  /** One Redis command, through the breaker; its outcome says whether Redis is usable. */
  private <T> T guarded(String operation, Supplier<T> command) {
    try {
      T result = tracing.call(operation, () -> breaker.executeSupplier(() -> {
        try {
          return command.get();
        } catch (RuntimeException failure) {
          throw new DependencyUnavailableException(DEPENDENCY, failure);
        }
      }));
      if (fallenBack.compareAndSet(true, false)) {
        statistics.recovered();
        log.info("rate limits are shared through Redis again");
      }
      return result;
    } catch (RuntimeException failure) {
      if (fallenBack.compareAndSet(false, true)) {
        statistics.fellBack();
        log.atWarn()
            .addKeyValue("dependency", DEPENDENCY)
            .log("Redis is unavailable for rate limits: each instance now enforces them on its"
                + " own, until Redis answers again ({})", reason(failure));
      }
      throw failure;
    }
  }

  /** What went wrong, without our own wrapper. */
  private static String reason(Throwable failure) {
    Throwable cause = failure instanceof DependencyUnavailableException && failure.getCause() != null
        ? failure.getCause()
        : failure;
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }

  private static RateLimitDecision asLocal(RateLimitDecision decision) {
    return new RateLimitDecision(decision.allowed(), decision.remaining(), decision.untilFull(),
        decision.retryAfter(), false);
  }
}
