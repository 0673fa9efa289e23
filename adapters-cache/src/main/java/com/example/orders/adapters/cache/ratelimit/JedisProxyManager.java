package com.example.orders.adapters.cache.ratelimit;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import io.github.bucket4j.redis.consts.LuaScripts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import redis.clients.jedis.UnifiedJedis;

/**
 * Bucket4j's compare-and-swap protocol over a Jedis 8 client ({@code RedisClient} is a {@link
 * UnifiedJedis}): a bucket's state is one Redis string, read with {@code GET} and replaced only if
 * unchanged by Bucket4j's own Lua scripts (redis-common's {@link LuaScripts}), with a time to live
 * of the time the bucket takes to refill, plus a margin. What {@code bucket4j_jdk17-jedis} does,
 * which our registry does not serve; see ADR 0029.
 */
final class JedisProxyManager extends AbstractCompareAndSwapBasedProxyManager<String> {

  /** A bucket's key outlives its refill by this much, so a slow clock never loses a bucket. */
  private static final Duration KEY_MARGIN = Duration.ofSeconds(10);

  private static final byte[] SET_NX_PX = bytes(LuaScripts.SCRIPT_SET_NX_PX);
  private static final byte[] COMPARE_AND_SWAP_PX = bytes(LuaScripts.SCRIPT_COMPARE_AND_SWAP_PX);

  private final UnifiedJedis redis;
  private final String keyPrefix;
  private final Guard guard;
  private final ExpirationAfterWriteStrategy expiration =
      ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEY_MARGIN);

  /** Runs one Redis command, named {@code operation}, e.g. through a circuit breaker. */
  @FunctionalInterface
  interface Guard {
    <T> T call(String operation, Supplier<T> command);
  }

  /**
   * @param keyPrefix put before every bucket key, e.g. {@code orders:ratelimit:}
   */
  JedisProxyManager(UnifiedJedis redis, String keyPrefix, Guard guard) {
    super(ClientSideConfig.getDefault());
    this.redis = redis;
    this.keyPrefix = keyPrefix;
    this.guard = guard;
  }

  @Override
  protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
    byte[] redisKey = bytes(keyPrefix + key);
    return new CompareAndSwapOperation() {
      @Override
      public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
        return Optional.ofNullable(guard.call("GET", () -> redis.get(redisKey)));
      }

      @Override
      public boolean compareAndSwap(byte[] original, byte[] replacement, RemoteBucketState state,
          Optional<Long> timeoutNanos) {
        long ttlMillis = Math.max(1, expiration.calculateTimeToLiveMillis(state, currentTimeNanos()));
        byte[] ttl = bytes(Long.toString(ttlMillis));
        Object swapped = original == null
            ? guard.call("EVAL", () -> redis.eval(SET_NX_PX, 1, redisKey, replacement, ttl))
            : guard.call("EVAL", () -> redis.eval(COMPARE_AND_SWAP_PX, 1, redisKey, original, replacement,
                ttl));
        return Long.valueOf(1).equals(swapped);
      }
    };
  }

  @Override
  protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
    throw new UnsupportedOperationException("the Jedis client is used synchronously");
  }

  @Override
  public void removeProxy(String key) {
    guard.call("DEL", () -> redis.del(bytes(keyPrefix + key)));
  }

  @Override
  protected CompletableFuture<Void> removeAsync(String key) {
    throw new UnsupportedOperationException("the Jedis client is used synchronously");
  }

  @Override
  public boolean isAsyncModeSupported() {
    return false;
  }

  @Override
  public boolean isExpireAfterWriteSupported() {
    return true;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
