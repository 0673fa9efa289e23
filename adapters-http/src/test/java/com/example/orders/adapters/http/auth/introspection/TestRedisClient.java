package com.example.orders.adapters.http.auth.introspection;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.ScanParams;

/**
 * The Redis these tests run against: {@code TEST_REDIS_URL} (default
 * {@code redis://127.0.0.1:6379/0}), with a key prefix of its own per test, whose keys it deletes
 * on close. Fails with what to start when Redis is not running.
 */
final class TestRedisClient implements AutoCloseable {

  private static final String DEFAULT_URL = "redis://127.0.0.1:6379/0";

  final URI url = URI.create(
      Optional.ofNullable(System.getenv("TEST_REDIS_URL")).orElse(DEFAULT_URL));
  final String keyPrefix = "test-" + UUID.randomUUID().toString().substring(0, 8);
  private final RedisClient admin = client(port());

  TestRedisClient() {
    try {
      admin.ping();
    } catch (JedisException unreachable) {
      admin.close();
      throw new IllegalStateException("Redis is not reachable at " + url
          + ": start it (bash .ci/run starts it, or `redis-server --daemonize yes`),"
          + " or point TEST_REDIS_URL at one", unreachable);
    }
  }

  int port() {
    return url.getPort() < 0 ? 6379 : url.getPort();
  }

  /** A client of this Redis, or of {@code 127.0.0.1:port} in front of it (a proxy). */
  RedisClient client(int port) {
    String host = port == port() ? url.getHost() : "127.0.0.1";
    return RedisClient.builder()
        .hostAndPort(new HostAndPort(host, port))
        .clientConfig(DefaultJedisClientConfig.builder()
            .connectionTimeoutMillis(500).socketTimeoutMillis(500).build())
        .build();
  }

  /** The keys of this test, with their values. */
  List<String> keys() {
    return admin.scan(ScanParams.SCAN_POINTER_START,
        new ScanParams().match(keyPrefix + ":*").count(10_000)).getResult();
  }

  String value(String key) {
    return admin.get(key);
  }

  @Override
  public void close() {
    List<String> keys = keys();
    if (!keys.isEmpty()) {
      admin.del(keys.toArray(String[]::new));
    }
    admin.close();
  }
}
