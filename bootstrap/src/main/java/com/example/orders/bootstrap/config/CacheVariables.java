package com.example.orders.bootstrap.config;

import com.example.orders.adapters.cache.CacheSettings;
import java.time.Duration;
import java.util.List;

/** {@code CACHE_*}: how long order reads are cached, by whichever cache runs (ADR 0019). */
public final class CacheVariables implements ConfigArea<CacheSettings> {

  public static final CacheVariables CACHE = new CacheVariables();

  private CacheVariables() {}

  @Override
  public CacheSettings read(EnvironmentVariables variables, AppEnvironment environment) {
    return new CacheSettings(
        ttl(variables, "CACHE_TTL", CacheSettings.DEFAULT_TTL),
        ttl(variables, "CACHE_NEGATIVE_TTL", CacheSettings.DEFAULT_NEGATIVE_TTL),
        ttl(variables, "CACHE_LOCAL_TTL", CacheSettings.DEFAULT_LOCAL_TTL),
        variables.integer("CACHE_MAX_ENTRIES", CacheSettings.DEFAULT_MAX_ENTRIES, 1,
            CacheSettings.MAX_ENTRIES));
  }

  @Override
  public List<String> describe(CacheSettings cache) {
    return List.of(
        "CACHE_TTL=" + Durations.format(cache.ttl()),
        "CACHE_NEGATIVE_TTL=" + Durations.format(cache.negativeTtl()),
        "CACHE_LOCAL_TTL=" + Durations.format(cache.localTtl()),
        "CACHE_MAX_ENTRIES=" + cache.maxEntries());
  }

  private static Duration ttl(EnvironmentVariables variables, String name, Duration fallback) {
    return variables.duration(name, fallback, CacheSettings.MIN_TTL, CacheSettings.MAX_TTL);
  }
}
