package com.example.orders.adapters.cache.redis;

import com.example.orders.application.port.DependencyUnavailableException;
import com.example.orders.application.port.ExpiringCache;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * The {@link ExpiringCache} port on Redis, shared by every instance: one {@code GET} per lookup,
 * one {@code SET ... PX} per store, under {@code <namespace>:<key>}. Every call goes through the
 * {@code cache} circuit breaker and is bounded by the client's timeout; a failed or refused call
 * finds nothing and keeps nothing.
 */
public final class RedisExpiringCache implements ExpiringCache, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RedisExpiringCache.class);
  private static final String DEPENDENCY = "cache";

  private final UnifiedJedis redis;
  private final String namespace;
  private final CircuitBreaker breaker;
  private final RedisTracing tracing;

  /**
   * @param redis a client whose commands are bounded by a timeout ({@link RedisClients#pooled});
   *     closed with this cache
   * @param namespace the first part of every key, e.g. {@code orders:introspection:v1}
   * @param breaker the breaker of the Redis the client talks to
   */
  public RedisExpiringCache(UnifiedJedis redis, String namespace, CircuitBreaker breaker) {
    this(redis, namespace, breaker, RedisTracing.none());
  }

  /** @param tracing spans of the commands (ADR 0033) */
  public RedisExpiringCache(UnifiedJedis redis, String namespace, CircuitBreaker breaker,
      RedisTracing tracing) {
    this.redis = redis;
    this.namespace = namespace + ":";
    this.breaker = breaker;
    this.tracing = tracing;
  }

  @Override
  public Optional<String> find(String key) {
    return guarded("GET", () -> redis.get(namespace + key));
  }

  @Override
  public void put(String key, String value, Duration ttl) {
    guarded("SET", () -> redis.set(namespace + key, value, SetParams.setParams().px(ttl.toMillis())));
  }

  @Override
  public void close() {
    redis.close();
  }

  private <T> Optional<T> guarded(String operation, Supplier<T> call) {
    try {
      return Optional.ofNullable(tracing.call(operation, () -> breaker.executeSupplier(() -> {
        try {
          return call.get();
        } catch (JedisException failed) {
          throw new DependencyUnavailableException(DEPENDENCY, failed);
        }
      })));
    } catch (RuntimeException failed) {
      // the breaker logs each change of its state once; one failure is worth no more than this
      log.debug("expiring cache unavailable: {}", failed.toString());
      return Optional.empty();
    }
  }
}
