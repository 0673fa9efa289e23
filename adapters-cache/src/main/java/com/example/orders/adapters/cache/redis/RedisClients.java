package com.example.orders.adapters.cache.redis;

import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;

/**
 * Jedis clients for {@link RedisSettings}: the one place that turns the settings into
 * connection and pool configuration, for the order cache and for anything else that keeps
 * shared state in the same Redis (the token introspection cache of the HTTP adapter, say).
 */
public final class RedisClients {

  private RedisClients() {}

  /**
   * A pooled client that connects lazily (Redis need not be up to create it); every command
   * and every wait for a pooled connection is bounded by {@link RedisSettings#timeout()}.
   */
  public static RedisClient pooled(RedisSettings settings) {
    return RedisClient.builder()
        .hostAndPort(address(settings))
        .clientConfig(clientConfig(settings))
        .poolConfig(poolConfig(settings))
        .build();
  }

  static HostAndPort address(RedisSettings settings) {
    return new HostAndPort(settings.host(), settings.port());
  }

  static JedisClientConfig clientConfig(RedisSettings settings) {
    // RESP2 and no CLIENT SETINFO: a new connection sends nothing before its first command (but
    // AUTH and SELECT when configured), so opening one costs no round trip to a slow Redis
    DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
        .connectionTimeoutMillis((int) settings.connectTimeout().toMillis())
        .socketTimeoutMillis((int) settings.timeout().toMillis())
        .protocol(RedisProtocol.RESP2)
        .clientSetInfoConfig(ClientSetInfoConfig.DISABLED)
        .database(settings.database())
        .ssl(settings.tls());
    settings.user().ifPresent(config::user);
    settings.password().ifPresent(config::password);
    return config.build();
  }

  private static ConnectionPoolConfig poolConfig(RedisSettings settings) {
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setMaxTotal(settings.poolSize());
    pool.setMaxIdle(settings.poolSize());
    // a read waits no longer for a connection than for an answer
    pool.setMaxWait(settings.timeout());
    pool.setBlockWhenExhausted(true);
    return pool;
  }
}
