package com.example.orders.bootstrap.wiring;

import com.example.orders.adapters.cache.memory.InMemoryExpiringCache;
import com.example.orders.adapters.cache.redis.RedisClients;
import com.example.orders.adapters.cache.redis.RedisExpiringCache;
import com.example.orders.adapters.http.auth.AuthSettings;
import com.example.orders.adapters.http.auth.introspection.GuardedIntrospector;
import com.example.orders.adapters.http.auth.introspection.HttpIntrospector;
import com.example.orders.adapters.http.auth.introspection.IntrospectionTokenVerifier;
import com.example.orders.adapters.http.auth.introspection.Introspector;
import com.example.orders.application.port.ExpiringCache;
import com.example.orders.bootstrap.config.Config;
import com.example.orders.bootstrap.config.IntrospectionVariables;
import com.example.orders.bootstrap.config.RedisVariables;
import com.example.orders.bootstrap.resilience.DependencyGuards;
import com.example.orders.adapters.cache.redis.RedisTracing;
import dagger.Module;
import dagger.Provides;
import io.opentelemetry.api.OpenTelemetry;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Token introspection ({@code AUTH_MODE=introspection}, ADR 0030): the authorization server's
 * endpoint behind the identity provider's breaker and retry policy, and its answers cached in
 * Redis when {@code REDIS_URL} is set (under {@code <REDIS_KEY_PREFIX>:introspection:v1:<token
 * hash>}, behind the {@code cache} breaker the order cache uses), else in this process.
 */
@Module
public final class IntrospectionModule {

  private static final String CACHE = "cache";
  /** After {@code REDIS_KEY_PREFIX}; the version changes with the format of the entries. */
  static final String NAMESPACE = ":introspection:v1";

  private IntrospectionModule() {}

  @Provides
  @Singleton
  static Optional<RedisExpiringCache> redisIntrospectionCache(
      Config config, DependencyGuards guards, OpenTelemetry telemetry) {
    if (config.get(IntrospectionVariables.INTROSPECTION).isEmpty()) {
      return Optional.empty();
    }
    return config.get(RedisVariables.REDIS).map(redis -> new RedisExpiringCache(
        RedisClients.pooled(redis), redis.keyPrefix() + NAMESPACE, guards.breaker(CACHE),
        RedisTracing.of(telemetry, redis)));
  }

  @Provides
  @Singleton
  static Optional<IntrospectionTokenVerifier> introspectionVerifier(Config config,
      AuthSettings auth, Optional<RedisExpiringCache> redis, DependencyGuards guards,
      OpenTelemetry telemetry) {
    return config.get(IntrospectionVariables.INTROSPECTION).map(settings -> {
      Introspector http = new HttpIntrospector(settings, telemetry);
      Introspector introspector = guards.enabled()
          ? new GuardedIntrospector(http, guards.breaker(HttpIntrospector.DEPENDENCY),
              guards.retry(HttpIntrospector.DEPENDENCY))
          : http;
      ExpiringCache cache = redis.<ExpiringCache>map(shared -> shared)
          .orElseGet(InMemoryExpiringCache::new);
      return new IntrospectionTokenVerifier(settings, auth, introspector, cache);
    });
  }
}
