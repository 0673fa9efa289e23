package com.example.orders.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.orders.adapters.http.auth.introspection.IntrospectionSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntrospectionConfigTest {

  private static final Map<String, String> INTROSPECTING = Map.of(
      "AUTH_ISSUER", "https://login.example.com/realms/orders",
      "AUTH_MODE", "introspection",
      "AUTH_INTROSPECTION_URI", "https://login.example.com/realms/orders/introspect",
      "AUTH_INTROSPECTION_CLIENT_ID", "orders-service",
      "AUTH_INTROSPECTION_CLIENT_SECRET", "s3cret-client");

  @TempDir
  Path files;

  @Test
  void tokens_are_verified_locally_as_jwts_unless_told_otherwise() {
    Config config = Config.fromEnvironment(Map.of());

    assertThat(config.get(IntrospectionVariables.INTROSPECTION)).isEmpty();
    assertThat(config.describe()).contains("AUTH_MODE=jwt");
  }

  @Test
  void introspection_mode_reads_the_endpoint_credentials_and_timings() {
    Map<String, String> environment = new HashMap<>(INTROSPECTING);
    environment.put("AUTH_MODE", "INTROSPECTION");
    environment.put("AUTH_INTROSPECTION_TIMEOUT", "500ms");
    environment.put("AUTH_INTROSPECTION_CACHE_TTL", "5m");
    environment.put("AUTH_INTROSPECTION_INACTIVE_TTL", "0s");
    environment.put("AUTH_INTROSPECTION_LOCAL_TTL", "2s");

    Config config = Config.fromEnvironment(environment);

    assertThat(config.get(IntrospectionVariables.INTROSPECTION)).contains(
        new IntrospectionSettings(
            URI.create("https://login.example.com/realms/orders/introspect"), "orders-service",
            "s3cret-client", Duration.ofMillis(500), Duration.ofMinutes(5), Duration.ZERO,
            Duration.ofSeconds(2)));
  }

  @Test
  void the_defaults_believe_an_active_answer_for_a_minute_and_a_refusal_for_five_seconds() {
    IntrospectionSettings settings =
        Config.fromEnvironment(INTROSPECTING).get(IntrospectionVariables.INTROSPECTION)
            .orElseThrow();

    assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(settings.cacheTtl()).isEqualTo(Duration.ofMinutes(1));
    assertThat(settings.inactiveTtl()).isEqualTo(Duration.ofSeconds(5));
    assertThat(settings.localTtl()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void the_client_secret_may_come_from_a_file_and_is_never_printed() throws IOException {
    Path secret = Files.writeString(files.resolve("client-secret"), "from-a-file\n");
    Map<String, String> environment = new HashMap<>(INTROSPECTING);
    environment.remove("AUTH_INTROSPECTION_CLIENT_SECRET");
    environment.put("AUTH_INTROSPECTION_CLIENT_SECRET_FILE", secret.toString());

    Config config = Config.fromEnvironment(environment);

    assertThat(config.get(IntrospectionVariables.INTROSPECTION).orElseThrow().clientSecret())
        .isEqualTo("from-a-file");
    assertThat(config.describe()).contains(
        "AUTH_MODE=introspection",
        "AUTH_INTROSPECTION_URI=https://login.example.com/realms/orders/introspect",
        "AUTH_INTROSPECTION_CLIENT_ID=orders-service",
        "AUTH_INTROSPECTION_CLIENT_SECRET=****");
    assertThat(String.join("\n", config.describe())).doesNotContain("from-a-file");
    assertThat(config.toString()).doesNotContain("from-a-file");
  }

  @Test
  void every_introspection_problem_is_listed_in_one_start_up_error() {
    ConfigException failure = catchThrowableOfType(ConfigException.class, () ->
        Config.fromEnvironment(Map.of(
            "AUTH_MODE", "introspection",
            "AUTH_JWKS_URI", "https://login.example.com/jwks",
            "AUTH_INTROSPECTION_URI", "ftp://login.example.com/introspect",
            "AUTH_INTROSPECTION_CLIENT_SECRET", "s3cret-client",
            "AUTH_INTROSPECTION_CLIENT_SECRET_FILE", "/run/secrets/client",
            "AUTH_INTROSPECTION_TIMEOUT", "1h",
            "AUTH_INTROSPECTION_CACHE_TTL", "forever")));

    assertThat(failure.problems()).containsExactly(
        "AUTH_JWKS_URI is set but AUTH_ISSUER is not: set AUTH_ISSUER to verify tokens of a real"
            + " issuer, or unset AUTH_JWKS_URI",
        "AUTH_MODE=introspection needs AUTH_ISSUER: the issuer of the tokens the introspection"
            + " endpoint judges",
        "AUTH_JWKS_URI applies to AUTH_MODE=jwt only: unset it, tokens are introspected",
        "AUTH_INTROSPECTION_URI must be an absolute http or https URL, got"
            + " 'ftp://login.example.com/introspect'",
        "AUTH_INTROSPECTION_CLIENT_ID (or AUTH_INTROSPECTION_CLIENT_ID_FILE) is required when"
            + " AUTH_MODE=introspection",
        "AUTH_INTROSPECTION_CLIENT_SECRET and AUTH_INTROSPECTION_CLIENT_SECRET_FILE are both set:"
            + " set only one of them",
        "AUTH_INTROSPECTION_TIMEOUT must be from 100ms to 30s, got '1h'",
        "AUTH_INTROSPECTION_CACHE_TTL must be a duration (" + Durations.EXAMPLES
            + "), got 'forever'");
    assertThat(failure.getMessage()).doesNotContain("s3cret-client");
  }

  @Test
  void introspection_settings_without_introspection_mode_are_refused_rather_than_ignored() {
    ConfigException failure = catchThrowableOfType(ConfigException.class, () ->
        Config.fromEnvironment(Map.of(
            "AUTH_ISSUER", "https://login.example.com/realms/orders",
            "AUTH_INTROSPECTION_URI", "https://login.example.com/introspect",
            "AUTH_MODE", "opaque")));

    assertThat(failure.problems()).containsExactly(
        "AUTH_MODE must be one of jwt, introspection, got 'opaque'",
        "AUTH_INTROSPECTION_URI is set but AUTH_MODE is not introspection: set"
            + " AUTH_MODE=introspection to verify tokens by introspection, or unset"
            + " AUTH_INTROSPECTION_URI");
  }

  @Test
  void an_endpoint_with_credentials_in_its_url_is_refused() {
    Map<String, String> environment = new HashMap<>(INTROSPECTING);
    environment.put("AUTH_INTROSPECTION_URI", "https://orders:pw@login.example.com/introspect");

    ConfigException failure = catchThrowableOfType(ConfigException.class, () ->
        Config.fromEnvironment(environment));

    assertThat(failure.problems()).containsExactly("AUTH_INTROSPECTION_URI must be an absolute"
        + " http or https URL without user info, e.g. https://id.example.com/oauth2/introspect");
  }
}
