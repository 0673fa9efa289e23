package com.example.orders.bootstrap.config;

import com.example.orders.adapters.cache.redis.RedisSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code REDIS_*}: the shared read cache when {@code REDIS_URL} is set (ADR 0019). */
public final class RedisVariables implements ConfigArea<Optional<RedisSettings>> {

  public static final RedisVariables REDIS = new RedisVariables();

  static final String URL = "REDIS_URL";
  private static final List<String> DEPENDENT_VARIABLES = List.of(
      "REDIS_POOL_SIZE", "REDIS_CONNECT_TIMEOUT", "REDIS_TIMEOUT", "REDIS_KEY_PREFIX");

  private RedisVariables() {}

  @Override
  public Optional<RedisSettings> read(EnvironmentVariables variables, AppEnvironment environment) {
    if (!variables.isSet(URL) && !variables.isSet(URL + EnvironmentVariables.FILE_SUFFIX)) {
      variables.refuseWithout(URL, DEPENDENT_VARIABLES, "cache in Redis");
      return Optional.empty();
    }
    // the adapter's message never repeats the URL, which may carry a password
    Optional<URI> url = variables.textOrFile(URL).flatMap(text -> variables.accepted(() ->
        RedisSettings.requireUrl(URL, text)));
    int poolSize = variables.integer("REDIS_POOL_SIZE", RedisSettings.DEFAULT_POOL_SIZE, 1,
        RedisSettings.MAX_POOL_SIZE);
    Duration connectTimeout = timeout(variables, "REDIS_CONNECT_TIMEOUT",
        RedisSettings.DEFAULT_CONNECT_TIMEOUT);
    Duration timeout = timeout(variables, "REDIS_TIMEOUT", RedisSettings.DEFAULT_TIMEOUT);
    Optional<String> keyPrefix = variables.accepted(() -> RedisSettings.requireKeyPrefix(
        "REDIS_KEY_PREFIX", variables.text("REDIS_KEY_PREFIX", RedisSettings.DEFAULT_KEY_PREFIX)));
    if (url.isEmpty() || keyPrefix.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new RedisSettings(url.get(), poolSize, connectTimeout, timeout, keyPrefix.get()));
  }

  @Override
  public List<String> describe(Optional<RedisSettings> redis) {
    return redis.map(shared -> List.of(
            URL + "=" + shared.maskedUrl(),
            "REDIS_POOL_SIZE=" + shared.poolSize(),
            "REDIS_CONNECT_TIMEOUT=" + Durations.format(shared.connectTimeout()),
            "REDIS_TIMEOUT=" + Durations.format(shared.timeout()),
            "REDIS_KEY_PREFIX=" + shared.keyPrefix()))
        .orElse(List.of(URL + "=(unset: no shared cache; in demo mode an in-process one)"));
  }

  private static Duration timeout(EnvironmentVariables variables, String name, Duration fallback) {
    return variables.duration(name, fallback, RedisSettings.MIN_TIMEOUT, RedisSettings.MAX_TIMEOUT);
  }
}
