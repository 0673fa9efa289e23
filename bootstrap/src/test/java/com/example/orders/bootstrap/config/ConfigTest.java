package com.example.orders.bootstrap.config;

import static com.example.orders.bootstrap.config.AuthVariables.AUTH;
import static com.example.orders.bootstrap.config.BrowserVariables.BROWSER;
import static com.example.orders.bootstrap.config.DatabaseVariables.DATABASE;
import static com.example.orders.bootstrap.config.HttpVariables.HTTP;
import static com.example.orders.bootstrap.config.LoggingVariables.LOGGING;
import static com.example.orders.bootstrap.config.MessagingVariables.MESSAGING;
import static com.example.orders.bootstrap.config.ShutdownVariables.SHUTDOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.orders.adapters.http.BrowserSettings;
import com.example.orders.adapters.http.HttpSettings;
import com.example.orders.adapters.http.auth.AuthSettings;
import com.example.orders.adapters.messaging.ConsumerSettings;
import com.example.orders.adapters.messaging.RetryPolicy;
import com.example.orders.adapters.messaging.rabbit.RabbitSettings;
import com.example.orders.adapters.messaging.relay.RelaySettings;
import com.example.orders.adapters.persistence.postgres.PostgresSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {

  private static final Map<String, String> POSTGRES = Map.of(
      "DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/orders",
      "DATABASE_USER", "orders",
      "DATABASE_PASSWORD", "s3cret-pa55");

  private static final Map<String, String> BROKER =
      Map.of("RABBITMQ_URL", "amqp://orders:s3cret@rabbitmq:5672/%2F");

  private static final Map<String, String> ISSUER = Map.of(
      "AUTH_ISSUER", "https://login.example.com/realms/orders");

  @TempDir
  Path files;

  @Test
  void an_empty_environment_runs_in_development_demo_mode_with_the_defaults() {
    Config config = Config.fromEnvironment(Map.of());

    assertThat(config.environment()).isEqualTo(AppEnvironment.DEVELOPMENT);
    assertThat(config.get(HTTP))
        .isEqualTo(HttpSettings.defaults(8080));
    assertThat(config.get(SHUTDOWN)).isEqualTo(new ShutdownConfig(Duration.ZERO));
    assertThat(config.get(BROWSER)).isEqualTo(BrowserSettings.defaults());
    assertThat(config.get(DATABASE)).isEmpty();
    assertThat(config.get(AUTH)).isEmpty();
    assertThat(config.get(LOGGING).level()).isEqualTo(LoggingConfig.Level.INFO);
  }

  @Test
  void every_variable_is_read_into_its_typed_setting() {
    Map<String, String> environment = new HashMap<>(POSTGRES);
    environment.putAll(Map.ofEntries(
        Map.entry("APP_ENV", "production"),
        Map.entry("PORT", "9090"),
        Map.entry("HTTP_MAX_REQUEST_BYTES", "65536"),
        Map.entry("HTTP_MAX_HEADER_BYTES", "16384"),
        Map.entry("HTTP_IDLE_TIMEOUT", "1m"),
        Map.entry("HTTP_REQUEST_TIMEOUT", "10s"),
        Map.entry("SHUTDOWN_TIMEOUT", "PT30S"),
        Map.entry("SHUTDOWN_GRACE_PERIOD", "3s"),
        Map.entry("HTTP_HSTS_MAX_AGE", "0s"),
        Map.entry("HTTP_CORS_ALLOWED_ORIGINS", "https://app.example.com, http://localhost:3000"),
        Map.entry("DATABASE_POOL_SIZE", "6"),
        Map.entry("DATABASE_CONNECTION_TIMEOUT", "500ms"),
        Map.entry("DATABASE_STATEMENT_TIMEOUT", "750ms"),
        Map.entry("DATABASE_MIGRATE_ON_START", "false"),
        Map.entry("AUTH_ISSUER", "https://login.example.com/realms/orders"),
        Map.entry("AUTH_JWKS_URI", "https://login.example.com/realms/orders/certs"),
        Map.entry("AUTH_AUDIENCE", "shop-orders"),
        Map.entry("AUTH_TENANT_CLAIM", "org"),
        Map.entry("AUTH_ALGORITHMS", "es256, PS256"),
        Map.entry("AUTH_READ_SCOPE", "orders.read"),
        Map.entry("AUTH_WRITE_SCOPE", "orders.write"),
        Map.entry("AUTH_ADMIN_SCOPE", "orders.admin"),
        Map.entry("AUTH_CLOCK_SKEW", "1m"),
        Map.entry("LOG_LEVEL", "debug"),
        Map.entry("RUN_MODE", "worker"),
        Map.entry("RABBITMQ_URL", "amqps://orders:s3cret@mq.example.com:5671/orders"),
        Map.entry("RABBITMQ_NAME_PREFIX", "staging."),
        Map.entry("RABBITMQ_PREFETCH", "20"),
        Map.entry("RABBITMQ_PUBLISH_TIMEOUT", "2s"),
        Map.entry("CONSUMER_CONCURRENCY", "4"),
        Map.entry("CONSUMER_MAX_ATTEMPTS", "3"),
        Map.entry("CONSUMER_RETRY_DELAY", "500ms"),
        Map.entry("CONSUMER_MAX_MESSAGE_BYTES", "4096"),
        Map.entry("OUTBOX_BATCH_SIZE", "100"),
        Map.entry("OUTBOX_POLL_INTERVAL", "250ms"),
        Map.entry("OUTBOX_RETENTION", "24h"),
        Map.entry("OUTBOX_PURGE_INTERVAL", "1m"),
        Map.entry("OUTBOX_LANES", "3"),
        Map.entry("OUTBOX_LINGER", "20ms"),
        Map.entry("INBOX_RETENTION", "3d")));

    Config config = Config.fromEnvironment(environment);

    assertThat(config.environment()).isEqualTo(AppEnvironment.PRODUCTION);
    assertThat(config.get(HTTP))
        .isEqualTo(new HttpSettings(9090, 65_536, Duration.ofSeconds(30), 16_384,
            Duration.ofMinutes(1), Duration.ofSeconds(10)));
    assertThat(config.get(SHUTDOWN)).isEqualTo(new ShutdownConfig(Duration.ofSeconds(3)));
    assertThat(config.get(BROWSER)).isEqualTo(new BrowserSettings(
        Duration.ZERO, List.of("https://app.example.com", "http://localhost:3000")));
    assertThat(config.get(DATABASE)).contains(new DatabaseConfig(
        new PostgresSettings("jdbc:postgresql://127.0.0.1:5432/orders", "orders", "s3cret-pa55",
            6, Duration.ofMillis(500), Duration.ofMillis(750)),
        false));
    assertThat(config.get(AUTH)).contains(new AuthSettings(
        "https://login.example.com/realms/orders",
        Optional.of(URI.create("https://login.example.com/realms/orders/certs")),
        "shop-orders", "org", Set.of("ES256", "PS256"), "orders.read", "orders.write",
        "orders.admin", Duration.ofMinutes(1)));
    assertThat(config.get(LOGGING).level()).isEqualTo(LoggingConfig.Level.DEBUG);
    ConsumerSettings consumers =
        new ConsumerSettings(4, new RetryPolicy(3, Duration.ofMillis(500)), 4096);
    assertThat(config.get(MESSAGING)).isEqualTo(new MessagingConfig(RunMode.WORKER,
        Optional.of(new RabbitSettings(
            URI.create("amqps://orders:s3cret@mq.example.com:5671/orders"), "staging.", 20,
            Duration.ofSeconds(2), consumers)),
        consumers,
        new RelaySettings(100, Duration.ofMillis(250), Duration.ofHours(24), Duration.ofMinutes(1),
            RelaySettings.DEFAULT_DRAIN_TIMEOUT, 3, Duration.ofMillis(20)),
        Duration.ofDays(3)));
  }

  @Test
  void without_a_broker_events_are_delivered_in_process_by_one_process_doing_everything() {
    MessagingConfig messaging = Config.fromEnvironment(Map.of()).get(MESSAGING);

    assertThat(messaging.runMode()).isEqualTo(RunMode.ALL);
    assertThat(messaging.rabbit()).isEmpty();
    assertThat(messaging.consumers()).isEqualTo(new ConsumerSettings(
        2, new RetryPolicy(5, Duration.ofSeconds(1)), 256 * 1024));
    assertThat(messaging.relay()).isEqualTo(new RelaySettings(500, Duration.ofSeconds(1),
        Duration.ofDays(7), Duration.ofMinutes(10), RelaySettings.DEFAULT_DRAIN_TIMEOUT));
  }

  @Test
  void the_broker_url_may_come_from_a_file_and_is_printed_with_its_password_masked(
      @TempDir Path secrets) throws Exception {
    Path url = Files.writeString(secrets.resolve("rabbitmq-url"),
        "amqp://orders:s3cret@rabbitmq:5672/%2F\n");

    Config config = Config.fromEnvironment(Map.of("RABBITMQ_URL_FILE", url.toString()));

    assertThat(config.get(MESSAGING).rabbit()).map(RabbitSettings::uri)
        .contains(URI.create("amqp://orders:s3cret@rabbitmq:5672/%2F"));
    assertThat(config.describe())
        .contains("RABBITMQ_URL=amqp://orders:****@rabbitmq:5672/%2F")
        .noneMatch(line -> line.contains("s3cret"));
    assertThat(config.toString()).doesNotContain("s3cret");
  }

  @Test
  void a_split_run_mode_needs_a_broker_and_a_shared_database() {
    ConfigException failure = catchThrowableOfType(ConfigException.class, () ->
        Config.fromEnvironment(Map.of("RUN_MODE", "api")));

    assertThat(failure.problems()).containsExactly(
        "RUN_MODE=api needs RABBITMQ_URL: without a broker, events are delivered inside one"
            + " process",
        "RUN_MODE=api needs DATABASE_URL: in-memory storage is not shared between processes");
  }

  @Test
  void bad_messaging_values_are_reported_without_echoing_the_broker_url() {
    ConfigException failure = catchThrowableOfType(ConfigException.class, () ->
        Config.fromEnvironment(Map.of(
            "RUN_MODE", "batch",
            "RABBITMQ_URL", "http://guest:s3cret@rabbitmq",
            "RABBITMQ_NAME_PREFIX", "Upper Case",
            "CONSUMER_MAX_ATTEMPTS", "10",
            "CONSUMER_RETRY_DELAY", "5m",
            "OUTBOX_BATCH_SIZE", "0")));

    assertThat(failure.problems()).containsExactly(
        "RUN_MODE must be one of all, api, worker, got 'batch'",
        "the last retry delay (each is four times the one before) must be at most a day,"
            + " was PT5461H20M",
        "RABBITMQ_URL must be an amqp:// or amqps:// URL with a host,"
            + " e.g. amqp://user:password@rabbitmq:5672/%2F",
        "RABBITMQ_NAME_PREFIX must be up to 40 of a-z, 0-9, '.', '_' and '-'",
        "OUTBOX_BATCH_SIZE must be a whole number from 1 to 10000, got '0'");
    assertThat(failure.getMessage()).doesNotContain("s3cret");
  }

  @Test
  void a_broker_setting_without_the_broker_is_refused() {
    ConfigException failure = catchThrowableOfType(ConfigException.class, () ->
        Config.fromEnvironment(Map.of("RABBITMQ_PREFETCH", "10")));

    assertThat(failure.problems()).containsExactly("RABBITMQ_PREFETCH is set but RABBITMQ_URL is"
        + " not: set RABBITMQ_URL to use RabbitMQ, or unset RABBITMQ_PREFETCH");
  }

  @Test
  void every_problem_is_reported_at_once_each_naming_its_variable() {
    ConfigException failure = catchThrowableOfType(ConfigException.class, () ->
        Config.fromEnvironment(Map.of(
            "APP_ENV", "staging",
            "PORT", "eighty",
            "SHUTDOWN_TIMEOUT", "20",
            "DATABASE_URL", "postgres://localhost/orders",
            "DATABASE_POOL_SIZE", "0",
            "LOG_LEVEL", "verbose")));

    assertThat(failure.problems()).containsExactly(
        "APP_ENV must be one of development, production, got 'staging'",
        "PORT must be a whole number from 0 to 65535, got 'eighty'",
        "SHUTDOWN_TIMEOUT must be a duration (e.g. 500ms, 20s, 2m, 1h or PT20S), got '20'",
        "DATABASE_URL must be a PostgreSQL JDBC URL starting with jdbc:postgresql:,"
            + " e.g. jdbc:postgresql://127.0.0.1:5432/orders",
        "DATABASE_USER is required when DATABASE_URL is set",
        "DATABASE_POOL_SIZE must be a whole number from 1 to 500, got '0'",
        "LOG_LEVEL must be one of trace, debug, info, warn, error, off, got 'verbose'");
    assertThat(failure.getMessage()).startsWith("invalid configuration:\n  APP_ENV must be");
  }

  @Test
  void production_refuses_in_memory_storage_and_the_demo_issuer() {
    ConfigException failure = catchThrowableOfType(ConfigException.class, () ->
        Config.fromEnvironment(Map.of("APP_ENV", "production")));

    assertThat(failure.problems()).containsExactly(
        "DATABASE_URL is required when APP_ENV=production"
            + " (in-memory storage is for development only)",
        "AUTH_ISSUER is required when APP_ENV=production"
            + " (the built-in demo token issuer is for development only)",
        "RABBITMQ_URL is required when APP_ENV=production"
            + " (in-process delivery is for development only)");
  }

  @Test
  void a_database_statement_may_run_for_five_seconds_by_default() {
    Config config = Config.fromEnvironment(POSTGRES);

    assertThat(config.get(DATABASE))
        .hasValueSatisfying(database ->
            assertThat(database.postgres().statementTimeout()).isEqualTo(Duration.ofSeconds(5)));
  }

  @Test
  void production_keeps_readiness_down_for_five_seconds_before_stopping_by_default() {
    Map<String, String> environment = new HashMap<>(POSTGRES);
    environment.putAll(ISSUER);
    environment.putAll(BROKER);
    environment.put("APP_ENV", "PRODUCTION");

    Config config = Config.fromEnvironment(environment);

    assertThat(config.get(SHUTDOWN).gracePeriod()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void settings_of_an_unconfigured_dependency_are_rejected_rather_than_ignored() {
    ConfigException failure = catchThrowableOfType(ConfigException.class, () ->
        Config.fromEnvironment(Map.of("DATABASE_USER", "orders", "AUTH_AUDIENCE", "orders-api")));

    assertThat(failure.problems()).containsExactly(
        "DATABASE_USER is set but DATABASE_URL is not: set DATABASE_URL to use PostgreSQL,"
            + " or unset DATABASE_USER",
        "AUTH_AUDIENCE is set but AUTH_ISSUER is not: set AUTH_ISSUER to verify tokens of"
            + " a real issuer, or unset AUTH_AUDIENCE");
  }

  @Test
  void values_out_of_range_are_rejected_with_the_accepted_range() {
    Map<String, String> environment = new HashMap<>(POSTGRES);
    environment.putAll(ISSUER);
    environment.putAll(Map.of(
        "PORT", "70000",
        "DATABASE_CONNECTION_TIMEOUT", "100ms",
        "DATABASE_STATEMENT_TIMEOUT", "10m",
        "AUTH_CLOCK_SKEW", "10m",
        "JOB_RETENTION", "30m",
        "AUDIT_SECURITY_REPEAT_WINDOW", "2h",
        "DATABASE_MIGRATE_ON_START", "yes"));

    ConfigException failure =
        catchThrowableOfType(ConfigException.class, () -> Config.fromEnvironment(environment));

    assertThat(failure.problems()).containsExactly(
        "PORT must be a whole number from 0 to 65535, got '70000'",
        "DATABASE_CONNECTION_TIMEOUT must be from 250ms to 1m, got '100ms'",
        "DATABASE_STATEMENT_TIMEOUT must be from 100ms to 5m, got '10m'",
        "DATABASE_MIGRATE_ON_START must be true or false, got 'yes'",
        "AUTH_CLOCK_SKEW must be from 0s to 5m, got '10m'",
        "JOB_RETENTION must be from 1h to 365d, got '30m'",
        "AUDIT_SECURITY_REPEAT_WINDOW must be from 0s to 1h, got '2h'");
  }

  @Test
  void the_rules_of_the_adapters_settings_are_reported_as_problems_naming_the_variable() {
    Map<String, String> environment = new HashMap<>(POSTGRES);
    environment.putAll(ISSUER);
    environment.putAll(Map.of(
        "HTTP_MAX_REQUEST_BYTES", "1023",
        "DATABASE_STATEMENT_TIMEOUT", "99ms",
        "DATABASE_CONNECTION_TIMEOUT", "-1s",
        "AUTH_AUDIENCE", "orders api"));

    ConfigException failure =
        catchThrowableOfType(ConfigException.class, () -> Config.fromEnvironment(environment));

    assertThat(failure.problems()).containsExactly(
        "HTTP_MAX_REQUEST_BYTES must be a whole number from 1024 to 1073741824, got '1023'",
        "DATABASE_CONNECTION_TIMEOUT must be a duration (e.g. 500ms, 20s, 2m, 1h or PT20S),"
            + " got '-1s'",
        "DATABASE_STATEMENT_TIMEOUT must be from 100ms to 5m, got '99ms'",
        "AUTH_AUDIENCE must be a single word without spaces, got 'orders api'");
  }

  @Test
  void a_value_at_the_bound_of_the_adapters_settings_is_accepted() {
    Map<String, String> environment = new HashMap<>(POSTGRES);
    environment.put("DATABASE_STATEMENT_TIMEOUT", "100ms");

    Config config = Config.fromEnvironment(environment);

    assertThat(config.get(DATABASE).orElseThrow().postgres().statementTimeout())
        .isEqualTo(PostgresSettings.STATEMENT_TIMEOUT_MIN);
  }

  @Test
  void bad_resilience_and_health_settings_are_all_reported_at_once() {
    ConfigException failure = catchThrowableOfType(ConfigException.class, () ->
        Config.fromEnvironment(Map.of(
            "RESILIENCE_BREAKER_FAILURE_RATE", "150",
            "RESILIENCE_BREAKER_WINDOW", "10",
            "RESILIENCE_BREAKER_MINIMUM_CALLS", "11",
            "RESILIENCE_BREAKER_OPEN_DURATION", "-2s",
            "RESILIENCE_RETRY_ATTEMPTS", "0",
            "RESILIENCE_RETRY_BACKOFF", "1h",
            "HEALTH_CHECK_INTERVAL", "10ms",
            "HEALTH_CHECK_TIMEOUT", "soon")));

    assertThat(failure.problems()).containsExactly(
        "RESILIENCE_BREAKER_FAILURE_RATE must be a whole number from 1 to 100, got '150'",
        "RESILIENCE_BREAKER_MINIMUM_CALLS must be from 1 to the breaker window (10), got '11'",
        "RESILIENCE_BREAKER_OPEN_DURATION must be a duration (e.g. 500ms, 20s, 2m, 1h or PT20S),"
            + " got '-2s'",
        "RESILIENCE_RETRY_ATTEMPTS must be a whole number from 1 to 10, got '0'",
        "RESILIENCE_RETRY_BACKOFF must be from 1ms to 10s, got '1h'",
        "HEALTH_CHECK_INTERVAL must be from 100ms to 1m, got '10ms'",
        "HEALTH_CHECK_TIMEOUT must be a duration (e.g. 500ms, 20s, 2m, 1h or PT20S), got 'soon'");
  }

  @Test
  void production_refuses_unguarded_calls() {
    Map<String, String> environment = new HashMap<>(POSTGRES);
    environment.putAll(ISSUER);
    environment.putAll(BROKER);
    environment.put("APP_ENV", "production");
    environment.put("RESILIENCE_ENABLED", "false");

    ConfigException failure =
        catchThrowableOfType(ConfigException.class, () -> Config.fromEnvironment(environment));

    assertThat(failure.problems()).singleElement().asString()
        .startsWith("RESILIENCE_ENABLED=false is refused when APP_ENV=production");
  }

  @Test
  void symmetric_and_unsigned_token_algorithms_are_refused() {
    Map<String, String> environment = new HashMap<>(ISSUER);
    environment.put("AUTH_ALGORITHMS", "RS256,HS256");

    ConfigException failure =
        catchThrowableOfType(ConfigException.class, () -> Config.fromEnvironment(environment));

    assertThat(failure.problems()).singleElement().asString()
        .startsWith("AUTH_ALGORITHMS must list algorithms among RS256,")
        .endsWith("got 'HS256'");
  }

  @Test
  void an_issuer_must_be_an_http_url() {
    ConfigException failure = catchThrowableOfType(ConfigException.class, () ->
        Config.fromEnvironment(Map.of("AUTH_ISSUER", "login.example.com")));

    assertThat(failure.problems())
        .containsExactly(
            "AUTH_ISSUER must be an absolute http or https URL, got 'login.example.com'");
  }

  @Test
  void blank_values_count_as_unset() {
    Config config =
        Config.fromEnvironment(Map.of("PORT", " ", "DATABASE_URL", "", "LOG_LEVEL", ""));

    assertThat(config.get(HTTP).port()).isEqualTo(8080);
    assertThat(config.get(DATABASE)).isEmpty();
    assertThat(config.get(LOGGING).level()).isEqualTo(LoggingConfig.Level.INFO);
  }

  @Test
  void a_secret_may_be_read_from_a_mounted_file() throws IOException {
    Path passwordFile = Files.writeString(files.resolve("database-password"), "from-a-file\n");
    Map<String, String> environment = new HashMap<>(POSTGRES);
    environment.remove("DATABASE_PASSWORD");
    environment.put("DATABASE_PASSWORD_FILE", passwordFile.toString());

    Config config = Config.fromEnvironment(environment);

    assertThat(config.get(DATABASE).orElseThrow().postgres().password()).isEqualTo("from-a-file");
  }

  @Test
  void a_secret_given_both_directly_and_as_a_file_is_refused() throws IOException {
    Path passwordFile = Files.writeString(files.resolve("database-password"), "from-a-file");
    Map<String, String> environment = new HashMap<>(POSTGRES);
    environment.put("DATABASE_PASSWORD_FILE", passwordFile.toString());

    ConfigException failure =
        catchThrowableOfType(ConfigException.class, () -> Config.fromEnvironment(environment));

    assertThat(failure.problems()).containsExactly(
        "DATABASE_PASSWORD and DATABASE_PASSWORD_FILE are both set: set only one of them");
  }

  @Test
  void a_secret_file_that_is_missing_or_empty_is_refused() throws IOException {
    Path emptyFile = Files.writeString(files.resolve("empty"), "\n");
    Map<String, String> environment = new HashMap<>(POSTGRES);
    environment.remove("DATABASE_PASSWORD");
    environment.remove("DATABASE_USER");
    environment.put("DATABASE_PASSWORD_FILE", files.resolve("missing").toString());
    environment.put("DATABASE_USER_FILE", emptyFile.toString());

    ConfigException failure =
        catchThrowableOfType(ConfigException.class, () -> Config.fromEnvironment(environment));

    assertThat(failure.problems()).containsExactly(
        "DATABASE_USER_FILE names an empty file: " + emptyFile,
        "DATABASE_PASSWORD_FILE names a file that cannot be read: " + files.resolve("missing")
            + " (NoSuchFileException)");
  }

  @Test
  void secrets_are_masked_wherever_the_configuration_is_printed() {
    Map<String, String> environment = new HashMap<>(POSTGRES);
    environment.put("DATABASE_URL", "jdbc:postgresql://db:5432/orders?user=orders&password=in-url");

    Config config = Config.fromEnvironment(environment);

    assertThat(config.toString()).doesNotContain("s3cret-pa55").doesNotContain("in-url")
        .contains("password=****");
    assertThat(String.join("\n", config.describe())).doesNotContain("s3cret-pa55")
        .doesNotContain("in-url")
        .contains("DATABASE_PASSWORD=****")
        .contains("DATABASE_URL=jdbc:postgresql://db:5432/orders?user=orders&password=****");
  }

  @Test
  void a_cors_origin_must_be_an_origin_and_never_a_wildcard() {
    ConfigException failure = catchThrowableOfType(ConfigException.class, () ->
        Config.fromEnvironment(Map.of(
            "HTTP_CORS_ALLOWED_ORIGINS", "*, https://app.example.com/path, ftp://files")));

    assertThat(failure.problems()).hasSize(3).allSatisfy(problem -> assertThat(problem)
        .startsWith("HTTP_CORS_ALLOWED_ORIGINS takes origins such as https://app.example.com"));
  }

  @Test
  void the_effective_configuration_lists_defaults_and_the_stand_ins_in_use() {
    assertThat(Config.fromEnvironment(Map.of("PORT", "0")).describe()).containsExactly(
        "APP_ENV=development",
        "PORT=0",
        "HTTP_MAX_REQUEST_BYTES=1048576",
        "SHUTDOWN_TIMEOUT=20s",
        "HTTP_MAX_HEADER_BYTES=8192",
        "HTTP_IDLE_TIMEOUT=30s",
        "HTTP_REQUEST_TIMEOUT=30s",
        "HTTP_MAX_REQUEST_BYTES_READ=1024",
        "HTTP_MAX_REQUEST_BYTES_WRITE=65536",
        "HTTP_MAX_REQUEST_BYTES_ADMIN=1048576",
        "HTTP_HSTS_MAX_AGE=365d",
        "HTTP_CORS_ALLOWED_ORIGINS=",
        "RATE_LIMIT_ENABLED=true",
        "RATE_LIMIT_ANONYMOUS=60/1m",
        "RATE_LIMIT_READ=1200/1m",
        "RATE_LIMIT_READ_TENANT=12000/1m",
        "RATE_LIMIT_WRITE=300/1m",
        "RATE_LIMIT_WRITE_TENANT=3000/1m",
        "RATE_LIMIT_ADMIN=60/1m",
        "RATE_LIMIT_ADMIN_TENANT=600/1m",
        "HTTP_TRUSTED_PROXIES=",
        "SHUTDOWN_GRACE_PERIOD=0s",
        "DATABASE_URL=(unset: in-memory storage, data is lost on exit)",
        "AUTH_ISSUER=(unset: built-in demo token issuer)",
        "AUTH_MODE=jwt",
        "RESILIENCE_ENABLED=true",
        "RESILIENCE_BREAKER_FAILURE_RATE=50",
        "RESILIENCE_BREAKER_MINIMUM_CALLS=5",
        "RESILIENCE_BREAKER_WINDOW=20",
        "RESILIENCE_BREAKER_OPEN_DURATION=2s",
        "RESILIENCE_RETRY_ATTEMPTS=2",
        "RESILIENCE_RETRY_BACKOFF=100ms",
        "HEALTH_CHECK_INTERVAL=1s",
        "HEALTH_CHECK_TIMEOUT=1s",
        "REDIS_URL=(unset: no shared cache; in demo mode an in-process one)",
        "CACHE_TTL=5m",
        "CACHE_NEGATIVE_TTL=5s",
        "CACHE_LOCAL_TTL=1s",
        "CACHE_MAX_ENTRIES=10000",
        "IDEMPOTENCY_KEY_TTL=1d",
        "JOB_RETENTION=7d",
        "AUDIT_ENABLED=true",
        "AUDIT_RETENTION=400d",
        "AUDIT_SECURITY_QUEUE_CAPACITY=10000",
        "AUDIT_SECURITY_REPEAT_WINDOW=1m",
        "LOG_LEVEL=INFO",
        "LOG_FORMAT=(unset: text on a terminal, else json)",
        "OTEL_EXPORTER_OTLP_ENDPOINT=(unset, and no OTEL_TRACES_SAMPLER: tracing off)",
        "RUN_MODE=all",
        "RABBITMQ_URL=(unset: events are delivered in process, lost on exit)",
        "CONSUMER_CONCURRENCY=2",
        "CONSUMER_MAX_ATTEMPTS=5",
        "CONSUMER_RETRY_DELAY=1s",
        "CONSUMER_MAX_MESSAGE_BYTES=262144",
        "OUTBOX_BATCH_SIZE=500",
        "OUTBOX_POLL_INTERVAL=1s",
        "OUTBOX_RETENTION=7d",
        "OUTBOX_PURGE_INTERVAL=10m",
        "OUTBOX_LANES=2",
        "OUTBOX_LINGER=5ms",
        "INBOX_RETENTION=7d");
  }
}
