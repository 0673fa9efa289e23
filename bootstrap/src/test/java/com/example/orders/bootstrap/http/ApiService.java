package com.example.orders.bootstrap.http;

import com.example.orders.adapters.persistence.postgres.PostgresSettings;
import com.example.orders.adapters.persistence.testing.TestDatabase;
import com.example.orders.bootstrap.OrdersService;
import com.example.orders.bootstrap.config.Config;
import io.opentelemetry.api.OpenTelemetry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * The real service, as production runs it: on a fresh PostgreSQL database and trusting a real
 * OpenID Connect issuer (mock-oauth2-server, in-process), listening on a free port.
 */
public final class ApiService implements AutoCloseable {

  static final String ISSUER_ID = "orders-idp";
  public static final String AUDIENCE = "orders-api";
  public static final String TENANT_CLAIM = "tenant_id";
  public static final String READ = "orders:read";
  public static final String WRITE = "orders:write";

  /**
   * Budgets no test reaches: one service serves every test class of a run, all from one address
   * and many with one token each, so the defaults would refuse them. {@code RateLimitHttpTest}
   * runs services with the defaults and budgets of its own.
   */
  static final Map<String, String> GENEROUS_RATE_LIMITS = Map.of(
      "RATE_LIMIT_ANONYMOUS", "1000000/1m",
      "RATE_LIMIT_READ", "1000000/1m",
      "RATE_LIMIT_READ_TENANT", "1000000/1m",
      "RATE_LIMIT_WRITE", "1000000/1m",
      "RATE_LIMIT_WRITE_TENANT", "1000000/1m",
      "RATE_LIMIT_ADMIN", "1000000/1m",
      "RATE_LIMIT_ADMIN_TENANT", "1000000/1m");

  /** Small, so that a too-large body is cheap to send. */
  public static final int MAX_REQUEST_BYTES = 4_096;

  /** When tokens minted on this thread are issued; unset: now. */
  private static final ThreadLocal<Instant> ISSUING_TIME = new ThreadLocal<>();

  private final MockOAuth2Server identityProvider;
  private final TestDatabase database;
  private final OrdersService service;
  private final ApiClient client;

  private ApiService(
      MockOAuth2Server identityProvider, TestDatabase database, OrdersService service) {
    this.identityProvider = identityProvider;
    this.database = database;
    this.service = service;
    this.client = new ApiClient(service.port(), OpenApiContract.ofServedDocument());
  }

  public static ApiService start() {
    return start(Map.of());
  }

  /**
   * The service with these variables set besides (or instead of) the usual ones; its telemetry
   * is what their {@code OTEL_*} variables ask for (none by default), as in production.
   */
  public static ApiService start(Map<String, String> variables) {
    return start(variables, OrdersService::start);
  }

  /**
   * The service with these variables and this telemetry, e.g. {@link RecordedSpans#telemetry()}:
   * the spans it makes go there, whatever the {@code OTEL_*} variables say.
   */
  public static ApiService start(Map<String, String> variables, OpenTelemetry telemetry) {
    return start(variables, config -> OrdersService.start(config, telemetry));
  }

  private static ApiService start(
      Map<String, String> variables, Function<Config, OrdersService> starter) {
    MockOAuth2Server identityProvider = new MockOAuth2Server(new OAuth2Config(
        false, null, null, false, new OAuth2TokenProvider(ApiService::issuingTime)));
    identityProvider.start();
    warmUp(identityProvider);
    TestDatabase database = TestDatabase.create();
    try {
      Map<String, String> environment = environment(database.settings());
      environment.put("AUTH_ISSUER", identityProvider.issuerUrl(ISSUER_ID).toString());
      environment.putAll(variables);
      return new ApiService(
          identityProvider,
          database,
          starter.apply(Config.fromEnvironment(environment)));
    } catch (RuntimeException failure) {
      database.close();
      identityProvider.shutdown();
      throw failure;
    }
  }

  /**
   * Asks the identity provider for its discovery document once, so that its first, slow answer
   * (class loading, on a busy machine seconds) is not the one the service's short time-out waits
   * for.
   */
  private static void warmUp(MockOAuth2Server identityProvider) {
    URI discovery = identityProvider.wellKnownUrl(ISSUER_ID).uri();
    try (HttpClient http = HttpClient.newHttpClient()) {
      http.send(
          HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (IOException failure) {
      throw new UncheckedIOException("the identity provider does not answer", failure);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  private static Instant issuingTime() {
    Instant issuedAt = ISSUING_TIME.get();
    return issuedAt == null ? Instant.now() : issuedAt;
  }

  /** What the service needs to run on {@code database}; callers add the identity provider. */
  static Map<String, String> environment(PostgresSettings database) {
    Map<String, String> environment = new HashMap<>();
    environment.put("PORT", "0");
    environment.put("DATABASE_URL", database.jdbcUrl());
    environment.put("DATABASE_USER", database.user());
    environment.put("DATABASE_PASSWORD", database.password());
    if (database.separateMigrationRole()) {
      environment.put("DATABASE_MIGRATION_USER", database.migrationUser());
      environment.put("DATABASE_MIGRATION_PASSWORD", database.migrationPassword());
    }
    environment.put("DATABASE_POOL_SIZE", "4");
    environment.put("DATABASE_MIGRATE_ON_START", "false");
    environment.put("AUTH_AUDIENCE", AUDIENCE);
    environment.put("AUTH_TENANT_CLAIM", TENANT_CLAIM);
    environment.put("HTTP_MAX_REQUEST_BYTES", Integer.toString(MAX_REQUEST_BYTES));
    environment.put("SHUTDOWN_GRACE_PERIOD", "0s");
    environment.put("SHUTDOWN_TIMEOUT", "5s");
    environment.putAll(GENEROUS_RATE_LIMITS);
    return environment;
  }

  /**
   * The service's database as the superuser, for tests that look at or hold rows behind the
   * API's back, whatever the tenant.
   */
  PostgresSettings database() {
    return database.superuserSettings();
  }

  /** The port the service listens on, for tests that speak raw HTTP. */
  public int port() {
    return service.port();
  }

  public ApiClient client() {
    return client;
  }

  /** The issuer the service trusts, as {@code AUTH_ISSUER} names it. */
  String issuer() {
    return identityProvider.issuerUrl(ISSUER_ID).toString();
  }

  /** A tenant no other test uses, so that tests never see each other's orders. */
  static String newTenant() {
    return "t-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A token of the trusted issuer for {@code tenant}, with the given scopes, valid for an hour. */
  public String token(String tenant, String... scopes) {
    return token(
        tenant,
        List.of(AUDIENCE),
        Map.of(TENANT_CLAIM, tenant, "scope", String.join(" ", scopes)),
        3600);
  }

  /** A token of the trusted issuer with exactly these audience, claims and lifetime (seconds). */
  public String token(
      String subjectTenant,
      List<String> audience,
      Map<String, Object> claims,
      long lifetimeSeconds) {
    return identityProvider
        .issueToken(
            ISSUER_ID,
            "client",
            new DefaultOAuth2TokenCallback(
                ISSUER_ID, "user-of-" + subjectTenant, "JWT", audience, claims, lifetimeSeconds))
        .serialize();
  }

  /**
   * A token of the trusted issuer for {@code tenant} as {@link #token(String, String...)} makes
   * it, but issued at {@code issuedAt}: its {@code iat} and {@code nbf} are then, its {@code exp}
   * an hour later.
   */
  public String tokenIssuedAt(Instant issuedAt, String tenant, String... scopes) {
    ISSUING_TIME.set(issuedAt);
    try {
      return token(tenant, scopes);
    } finally {
      ISSUING_TIME.remove();
    }
  }

  /** Where the trusted issuer publishes its public keys. */
  URI jwksUri() {
    return identityProvider.jwksUrl(ISSUER_ID).uri();
  }

  /** A token of another issuer on the same server: signed by the same keys, but not trusted. */
  public String foreignToken(String tenant) {
    return identityProvider
        .issueToken(
            "someone-else",
            "client",
            new DefaultOAuth2TokenCallback(
                "someone-else",
                "intruder",
                "JWT",
                List.of(AUDIENCE),
                Map.of(TENANT_CLAIM, tenant, "scope", READ + " " + WRITE),
                3600))
        .serialize();
  }

  @Override
  public void close() {
    try {
      service.close();
    } finally {
      try {
        database.close();
      } finally {
        identityProvider.shutdown();
      }
    }
  }
}
