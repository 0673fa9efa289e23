package com.example.orders.adapters.http.auth;

import static com.example.orders.adapters.http.auth.Tokens.validClaims;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.application.port.DependencyUnavailableException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link JwtTokenVerifier#remote}: keys fetched over HTTP from a small in-test issuer. */
class RemoteKeysTest {

  /** Short, so that a test outlives the cached key set; outages are tolerated ten times as long. */
  private static final Duration KEY_CACHE_TTL = Duration.ofMillis(500);

  private final Tokens tokens = new Tokens("key-1");
  private final AtomicInteger keyFetches = new AtomicInteger();
  private HttpServer issuer;

  @AfterEach
  void stopIssuer() {
    if (issuer != null) {
      issuer.stop(0);
    }
  }

  @Test
  void keys_are_fetched_from_the_configured_jwks_uri_and_cached() throws Exception {
    URI base = startIssuer(Tokens.ISSUER);
    JwtTokenVerifier verifier =
        JwtTokenVerifier.remote(Tokens.settings(Optional.of(base.resolve("/jwks"))));

    for (int i = 0; i < 3; i++) {
      assertThat(verifier.verify(currentToken()).subject()).isEqualTo("user-17");
    }

    assertThat(keyFetches).hasValue(1);
  }

  @Test
  void without_a_jwks_uri_the_keys_are_found_by_openid_discovery() throws Exception {
    URI base = startIssuer(null);
    AuthSettings settings =
        new AuthSettings(
            base.toString(),
            Optional.empty(),
            Tokens.AUDIENCE,
            "tenant",
            Set.of("RS256"),
            "orders:read",
            "orders:write",
            "orders:admin",
            Tokens.SKEW);
    JwtTokenVerifier verifier = JwtTokenVerifier.remote(settings);

    Principal principal =
        verifier.verify(
            tokens.signed(
                validClaims()
                    .issuer(base.toString())
                    .issueTime(new Date())
                    .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                    .build()));

    assertThat(principal.subject()).isEqualTo("user-17");
  }

  @Test
  void a_discovery_document_naming_another_issuer_is_not_trusted() throws Exception {
    URI base = startIssuer("https://someone-else.example");
    AuthSettings settings =
        new AuthSettings(
            base.toString(),
            Optional.empty(),
            Tokens.AUDIENCE,
            "tenant",
            Set.of("RS256"),
            "orders:read",
            "orders:write",
            "orders:admin",
            Tokens.SKEW);

    assertThatThrownBy(() -> JwtTokenVerifier.remote(settings).verify(currentToken()))
        .isInstanceOf(DependencyUnavailableException.class);
  }

  @Test
  void unreachable_keys_make_verification_unavailable_rather_than_the_token_invalid()
      throws IOException {
    URI nobodyListens = URI.create("http://127.0.0.1:" + freePort() + "/jwks");
    JwtTokenVerifier verifier =
        JwtTokenVerifier.remote(Tokens.settings(Optional.of(nobodyListens)));

    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> verifier.verify(currentToken()))
          .isInstanceOf(DependencyUnavailableException.class)
          .extracting(failure -> ((DependencyUnavailableException) failure).dependency())
          .isEqualTo("identity-provider");
    }
  }

  @Test
  void tokens_naming_unknown_keys_cannot_make_us_refetch_keys_at_will() throws Exception {
    URI base = startIssuer(Tokens.ISSUER);
    JwtTokenVerifier verifier =
        JwtTokenVerifier.remote(
            Tokens.settings(Optional.of(base.resolve("/jwks"))), Duration.ofMinutes(4));
    Tokens stranger = new Tokens("unknown-key");

    for (int attempt = 0; attempt < 10; attempt++) {
      String forged = stranger.signed(currentClaims());
      assertThatThrownBy(() -> verifier.verify(forged)).isInstanceOf(InvalidTokenException.class);
    }

    assertThat(keyFetches.get()).isBetween(1, 2);
  }

  @Test
  void tokens_signed_with_known_keys_keep_verifying_while_the_issuer_is_down() throws Exception {
    URI base = startIssuer(Tokens.ISSUER);
    CircuitBreaker breaker = CircuitBreaker.ofDefaults("identity-provider");
    JwtTokenVerifier verifier = JwtTokenVerifier.remote(
        Tokens.settings(Optional.of(base.resolve("/jwks"))),
        JwtTokenVerifier.guarded(breaker, Retry.of("identity-provider",
            RetryConfig.custom().maxAttempts(2).waitDuration(Duration.ofMillis(10)).build())),
        false, Duration.ofMillis(10), KEY_CACHE_TTL);
    assertThat(verifier.verify(anotherToken()).subject()).isEqualTo("user-17");

    issuer.stop(0);
    issuer = null;
    Thread.sleep(KEY_CACHE_TTL.plusMillis(200)); // expired: the next token makes it refetch

    assertThat(verifier.verify(anotherToken()).subject()).isEqualTo("user-17");
    assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isPositive();
  }

  /** A token never verified before, so that the verifier cannot answer from its cache. */
  private String anotherToken() {
    return tokens.signed(validClaims()
        .jwtID(UUID.randomUUID().toString())
        .issueTime(new Date())
        .expirationTime(Date.from(Instant.now().plusSeconds(300)))
        .build());
  }

  private String currentToken() {
    return tokens.signed(currentClaims());
  }

  /** Remote verifiers run on the real clock, so these tokens are valid now. */
  private static JWTClaimsSet currentClaims() {
    return validClaims()
        .issueTime(new Date())
        .expirationTime(Date.from(Instant.now().plusSeconds(300)))
        .build();
  }

  /**
   * Starts an issuer serving its JWKS and an OpenID discovery document.
   *
   * @param announcedIssuer the issuer that the discovery document names; {@code null} for its own
   *     URL
   */
  private URI startIssuer(String announcedIssuer) throws IOException {
    issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    URI base = URI.create("http://127.0.0.1:" + issuer.getAddress().getPort());
    String jwks = new JWKSet(tokens.key.toPublicJWK()).toString();
    String discovery =
        "{\"issuer\":\""
            + (announcedIssuer == null ? base : announcedIssuer)
            + "\",\"jwks_uri\":\""
            + base.resolve("/jwks")
            + "\"}";
    issuer.createContext(
        "/jwks",
        exchange -> {
          keyFetches.incrementAndGet();
          respond(exchange, jwks);
        });
    issuer.createContext(
        "/.well-known/openid-configuration", exchange -> respond(exchange, discovery));
    issuer.start();
    return base;
  }

  private static void respond(HttpExchange exchange, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (var out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
