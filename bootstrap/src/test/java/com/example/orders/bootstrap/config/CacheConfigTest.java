package com.example.orders.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.orders.adapters.cache.CacheSettings;
import com.example.orders.adapters.cache.redis.RedisSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheConfigTest {

  @Test
  void without_redis_url_there_is_no_shared_cache_and_the_cache_defaults_apply() {
    Config config = Config.fromEnvironment(Map.of());

    assertThat(config.get(RedisVariables.REDIS)).isEmpty();
    assertThat(config.get(CacheVariables.CACHE)).isEqualTo(CacheSettings.DEFAULTS);
  }

  @Test
  void every_redis_and_cache_variable_is_read_into_the_adapters_settings() {
    Config config = Config.fromEnvironment(Map.of(
        "REDIS_URL", "rediss://cache-user:s3cret@redis.example.com:6380/2",
        "REDIS_POOL_SIZE", "32",
        "REDIS_CONNECT_TIMEOUT", "1s",
        "REDIS_TIMEOUT", "50ms",
        "REDIS_KEY_PREFIX", "orders-eu",
        "CACHE_TTL", "10m",
        "CACHE_NEGATIVE_TTL", "2s",
        "CACHE_LOCAL_TTL", "500ms",
        "CACHE_MAX_ENTRIES", "500"));

    RedisSettings redis = config.get(RedisVariables.REDIS).orElseThrow();
    assertThat(redis.host()).isEqualTo("redis.example.com");
    assertThat(redis.port()).isEqualTo(6380);
    assertThat(redis.database()).isEqualTo(2);
    assertThat(redis.tls()).isTrue();
    assertThat(redis.user()).hasValue("cache-user");
    assertThat(redis.password()).hasValue("s3cret");
    assertThat(redis.poolSize()).isEqualTo(32);
    assertThat(redis.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(redis.timeout()).isEqualTo(Duration.ofMillis(50));
    assertThat(redis.keyPrefix()).isEqualTo("orders-eu");
    assertThat(config.get(CacheVariables.CACHE)).isEqualTo(new CacheSettings(
        Duration.ofMinutes(10), Duration.ofSeconds(2), Duration.ofMillis(500), 500));
  }

  @Test
  void a_plain_url_means_port_6379_database_0_no_tls_and_no_password() {
    RedisSettings redis = Config.fromEnvironment(Map.of("REDIS_URL", "redis://127.0.0.1"))
        .get(RedisVariables.REDIS).orElseThrow();

    assertThat(redis.port()).isEqualTo(6379);
    assertThat(redis.database()).isZero();
    assertThat(redis.tls()).isFalse();
    assertThat(redis.password()).isEmpty();
    assertThat(redis.user()).isEmpty();
  }

  @Test
  void every_redis_problem_is_reported_at_once_in_one_start_up_error() {
    ConfigException failure = catchThrowableOfType(ConfigException.class, () ->
        Config.fromEnvironment(Map.of(
            "REDIS_URL", "memcached://:hunter2@cache:11211/x",
            "REDIS_TIMEOUT", "-5ms",
            "REDIS_CONNECT_TIMEOUT", "soon",
            "REDIS_POOL_SIZE", "0",
            "CACHE_TTL", "0s")));

    assertThat(failure.problems()).containsExactly(
        "REDIS_URL is not a usable Redis URL: the URL scheme must be redis or rediss (TLS),"
            + " got 'memcached'; the URL path must be a database index such as /0, got '/x'",
        "REDIS_POOL_SIZE must be a whole number from 1 to 1000, got '0'",
        "REDIS_CONNECT_TIMEOUT must be a duration (e.g. 500ms, 20s, 2m, 1h or PT20S), got 'soon'",
        "REDIS_TIMEOUT must be a duration (e.g. 500ms, 20s, 2m, 1h or PT20S), got '-5ms'",
        "CACHE_TTL must be from 1ms to 1d, got '0s'");
    assertThat(failure.getMessage()).doesNotContain("hunter2");
  }

  @Test
  void an_unparseable_redis_url_is_reported_without_echoing_it() {
    ConfigException failure = catchThrowableOfType(ConfigException.class, () ->
        Config.fromEnvironment(Map.of("REDIS_URL", "redis://:pa ss@cache:6379")));

    assertThat(failure.problems()).singleElement().asString()
        .startsWith("REDIS_URL is not a usable Redis URL: not a URL (")
        .doesNotContain("pa ss");
  }

  @Test
  void redis_settings_without_redis_url_are_rejected_rather_than_ignored() {
    ConfigException failure = catchThrowableOfType(ConfigException.class, () ->
        Config.fromEnvironment(Map.of("REDIS_TIMEOUT", "50ms")));

    assertThat(failure.problems()).containsExactly("REDIS_TIMEOUT is set but REDIS_URL is not:"
        + " set REDIS_URL to cache in Redis, or unset REDIS_TIMEOUT");
  }

  @Test
  void the_redis_url_may_be_read_from_a_mounted_file(@TempDir Path secrets) throws IOException {
    Path file = Files.writeString(secrets.resolve("redis-url"), "redis://:s3cret@cache:6379/1\n");

    Optional<RedisSettings> redis =
        Config.fromEnvironment(Map.of("REDIS_URL_FILE", file.toString()))
            .get(RedisVariables.REDIS);

    assertThat(redis).hasValueSatisfying(settings -> {
      assertThat(settings.password()).hasValue("s3cret");
      assertThat(settings.database()).isOne();
    });
  }

  @Test
  void the_redis_password_is_masked_wherever_the_configuration_is_printed() {
    Config config = Config.fromEnvironment(Map.of("REDIS_URL", "redis://app:s3cret@cache:6379/0"));

    assertThat(config.toString()).doesNotContain("s3cret");
    assertThat(config.describe()).contains("REDIS_URL=redis://app:****@cache:6379/0")
        .noneMatch(line -> line.contains("s3cret"));
  }
}
