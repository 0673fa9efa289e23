package com.example.orders.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.orders.adapters.http.RouteGroup;
import com.example.orders.adapters.http.limits.BodyLimitSettings;
import com.example.orders.adapters.http.ratelimit.RateLimitSettings;
import com.example.orders.application.port.RateLimit;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitConfigTest {

  @Test
  void without_variables_the_documented_defaults_apply() {
    Config config = Config.fromEnvironment(Map.of());

    assertThat(config.get(RateLimitVariables.RATE_LIMITS)).isEqualTo(RateLimitSettings.defaults());
    assertThat(config.get(BodyLimitVariables.BODY_LIMITS)).isEqualTo(BodyLimitSettings.defaults());
    assertThat(config.describe()).contains(
        "RATE_LIMIT_ENABLED=true", "RATE_LIMIT_ANONYMOUS=60/1m", "RATE_LIMIT_READ=1200/1m",
        "RATE_LIMIT_READ_TENANT=12000/1m", "RATE_LIMIT_WRITE=300/1m",
        "RATE_LIMIT_WRITE_TENANT=3000/1m", "RATE_LIMIT_ADMIN=60/1m",
        "RATE_LIMIT_ADMIN_TENANT=600/1m", "HTTP_TRUSTED_PROXIES=",
        "HTTP_MAX_REQUEST_BYTES_READ=1024", "HTTP_MAX_REQUEST_BYTES_WRITE=65536",
        "HTTP_MAX_REQUEST_BYTES_ADMIN=1048576");
  }

  @Test
  void every_variable_is_read_into_the_adapters_settings() {
    Config config = Config.fromEnvironment(Map.of(
        "RATE_LIMIT_WRITE", "10/1s",
        "RATE_LIMIT_WRITE_TENANT", "1_000/1h",
        "RATE_LIMIT_ANONYMOUS", "5/30s",
        "HTTP_TRUSTED_PROXIES", "10.0.0.0/8, 192.168.0.1",
        "HTTP_MAX_REQUEST_BYTES_WRITE", "4096"));

    RateLimitSettings limits = config.get(RateLimitVariables.RATE_LIMITS);
    assertThat(limits.group(RouteGroup.WRITE).perSubject())
        .isEqualTo(new RateLimit("write-subject", 10, Duration.ofSeconds(1)));
    assertThat(limits.group(RouteGroup.WRITE).perTenant())
        .isEqualTo(new RateLimit("write-tenant", 1_000, Duration.ofHours(1)));
    assertThat(limits.perClientAddress())
        .isEqualTo(new RateLimit("anonymous-ip", 5, Duration.ofSeconds(30)));
    assertThat(limits.trustedProxies().ranges()).containsExactly("10.0.0.0/8", "192.168.0.1");
    assertThat(config.get(BodyLimitVariables.BODY_LIMITS).maxBytes(RouteGroup.WRITE))
        .isEqualTo(4096);
  }

  @Test
  void every_bad_value_is_named_at_once() {
    ConfigException failure = catchThrowableOfType(ConfigException.class, () ->
        Config.fromEnvironment(Map.of(
            "RATE_LIMIT_READ", "lots",
            "RATE_LIMIT_WRITE", "0/1m",
            "RATE_LIMIT_ADMIN", "10/2d",
            "HTTP_TRUSTED_PROXIES", "proxy.example",
            "HTTP_MAX_REQUEST_BYTES_READ", "10")));

    assertThat(failure.problems()).hasSize(5);
    assertThat(failure.problems()).anySatisfy(problem ->
        assertThat(problem).startsWith("RATE_LIMIT_READ must be <calls>/<window>"));
    assertThat(failure.problems()).anySatisfy(problem ->
        assertThat(problem).startsWith("RATE_LIMIT_WRITE must be").contains("got '0/1m'"));
    assertThat(failure.problems()).anySatisfy(problem ->
        assertThat(problem).startsWith("RATE_LIMIT_ADMIN must be").contains("window 1s to 1d"));
    assertThat(failure.problems()).anySatisfy(problem ->
        assertThat(problem).startsWith("HTTP_TRUSTED_PROXIES").contains("'proxy.example'"));
    assertThat(failure.problems()).anySatisfy(problem ->
        assertThat(problem).startsWith("HTTP_MAX_REQUEST_BYTES_READ"));
  }

  @Test
  void production_refuses_to_run_without_rate_limits() {
    ConfigException failure = catchThrowableOfType(ConfigException.class, () ->
        Config.fromEnvironment(Map.of("APP_ENV", "production", "RATE_LIMIT_ENABLED", "false")));

    assertThat(failure.problems()).anySatisfy(problem ->
        assertThat(problem).startsWith("RATE_LIMIT_ENABLED=false is refused"));
  }
}
