package com.example.orders.adapters.cache.testing;

import com.example.orders.adapters.cache.redis.RedisSettings;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The Redis the tests run against: {@code TEST_REDIS_URL} (default
 * {@code redis://127.0.0.1:6379/0}), with a key prefix of its own per test so that tests sharing
 * the server never see each other's keys. Fails with what to start when Redis is not running.
 */
public final class TestRedis implements AutoCloseable {

  private static final String DEFAULT_URL = "redis://127.0.0.1:6379/0";

  private final URI url;
  private final String keyPrefix;

  private TestRedis(URI url, String keyPrefix) {
    this.url = url;
    this.keyPrefix = keyPrefix;
  }

  /** Checks that Redis answers and picks a fresh key prefix. */
  public static TestRedis create() {
    URI url = RedisSettings.parseUrl(
        Optional.ofNullable(System.getenv("TEST_REDIS_URL")).orElse(DEFAULT_URL));
    try (RedisClient client = RedisClient.create(url)) {
      client.ping();
    } catch (JedisException unreachable) {
      throw new IllegalStateException("Redis is not reachable at " + url
          + ": start it (bash .ci/run starts it, or `redis-server --daemonize yes`),"
          + " or point TEST_REDIS_URL at one", unreachable);
    }
    return new TestRedis(url, "test-" + UUID.randomUUID().toString().substring(0, 8));
  }

  public URI url() {
    return url;
  }

  public String keyPrefix() {
    return keyPrefix;
  }

  /** Settings for this Redis, or for {@code host:port} in front of it (a proxy). */
  public RedisSettings settings(int port, Duration timeout) {
    URI through = URI.create(url.getScheme() + "://" + url.getHost() + ":" + port + url.getPath());
    return new RedisSettings(through, 4, Duration.ofMillis(500), timeout, keyPrefix);
  }

  public RedisSettings settings() {
    return settings(url.getPort() < 0 ? 6379 : url.getPort(), Duration.ofMillis(500));
  }

  /** How many keys of this test are stored now. */
  public long keyCount() {
    try (RedisClient client = RedisClient.create(url)) {
      return keys(client).size();
    }
  }

  /** Deletes every key of this test. */
  @Override
  public void close() {
    try (RedisClient client = RedisClient.create(url)) {
      List<String> keys = keys(client);
      if (!keys.isEmpty()) {
        client.del(keys.toArray(String[]::new));
      }
    }
  }

  private List<String> keys(RedisClient client) {
    List<String> keys = new ArrayList<>();
    String cursor = ScanParams.SCAN_POINTER_START;
    do {
      ScanResult<String> page = client.scan(cursor, new ScanParams().match(keyPrefix + ":*"));
      keys.addAll(page.getResult());
      cursor = page.getCursor();
    } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    return keys;
  }
}
