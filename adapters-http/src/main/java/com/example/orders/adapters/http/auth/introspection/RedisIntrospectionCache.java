package com.example.orders.adapters.http.auth.introspection;

import com.example.orders.application.port.DependencyUnavailableException;
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
 * Introspection results in Redis, shared by every instance: one {@code GET} per lookup, one
 * {@code SET ... PX} per store, under {@code <prefix>:introspection:v1:<token hash>}. Every call
 * goes through the {@code cache} circuit breaker; a failed or refused call is a miss (the token
 * is introspected instead), never an error of the request.
 */
public final class RedisIntrospectionCache implements IntrospectionCache, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RedisIntrospectionCache.class);
  private static final String DEPENDENCY = "cache";

  private final UnifiedJedis redis;
  private final String keyPrefix;
  private final CircuitBreaker breaker;

  /**
   * @param redis a client whose commands are bounded by a timeout; closed with this cache
   * @param keyPrefix the first part of every key, as for the order cache
   * @param breaker the breaker of the Redis the client talks to
   */
  public RedisIntrospectionCache(UnifiedJedis redis, String keyPrefix, CircuitBreaker breaker) {
    this.redis = redis;
    this.keyPrefix = keyPrefix + ":introspection:v1:";
    this.breaker = breaker;
  }

  @Override
  public Optional<IntrospectedToken> find(String tokenHash) {
    return guarded(() -> redis.get(keyPrefix + tokenHash)).flatMap(CachedTokenCodec::decode);
  }

  @Override
  public void store(String tokenHash, IntrospectedToken token, Duration ttl) {
    guarded(() -> redis.set(keyPrefix + tokenHash, CachedTokenCodec.encode(token),
        SetParams.setParams().px(ttl.toMillis())));
  }

  @Override
  public void close() {
    redis.close();
  }

  private <T> Optional<T> guarded(Supplier<T> call) {
    try {
      return Optional.ofNullable(breaker.executeSupplier(() -> {
        try {
          return call.get();
        } catch (JedisException failed) {
          throw new DependencyUnavailableException(DEPENDENCY, failed);
        }
      }));
    } catch (RuntimeException failed) {
      // the breaker logs each change of state once; a single failure is not worth more
      log.debug("introspection cache unavailable, asking the authorization server: {}",
          failed.toString());
      return Optional.empty();
    }
  }
}
