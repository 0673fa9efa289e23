package com.example.orders.adapters.http.auth;

import com.example.orders.application.port.DependencyUnavailableException;
import com.example.orders.domain.shared.InvalidValueException;
import com.example.orders.domain.shared.TenantId;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.ResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.opentelemetry.api.OpenTelemetry;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Verifies bearer JWTs: signature by one of the issuer's keys with an allowed algorithm, then the
 * claims that {@link AuthSettings} demands, then maps them to a {@link Principal}.
 *
 * <p>Keys come from the issuer's JWKS, cached for {@link #KEY_CACHE_TTL}, fetched at most twice per
 * {@link #MIN_REFRESH_INTERVAL} (so tokens naming unknown keys cannot make us hammer the identity
 * provider), and kept through outages of the provider.
 */
public final class JwtTokenVerifier implements TokenVerifier {

  static final Duration KEY_CACHE_TTL = Duration.ofMinutes(5);
  static final Duration KEY_REFRESH_TIMEOUT = Duration.ofSeconds(5);
  // short enough that a failed first fetch (say, the provider restarting) blocks sign-ins only
  // briefly; long enough that forged key ids cost the provider at most a request every few seconds
  static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(5);
  private static final int CONNECT_TIMEOUT_MILLIS = 2_000;
  private static final int READ_TIMEOUT_MILLIS = 3_000;
  private static final int MAX_DOCUMENT_BYTES = 256 * 1024;
  static final String IDENTITY_PROVIDER = "identity-provider";
  static final Duration VERIFIED_TOKEN_TTL = Duration.ofMinutes(5);
  static final int VERIFIED_TOKEN_CAPACITY = 10_000;

  private final AuthSettings settings;
  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
  private final Clock clock;
  private final Cache<String, Verified> verified;
  private volatile boolean keysFetched;

  JwtTokenVerifier(AuthSettings settings, JWKSource<SecurityContext> keys, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.verified = Caffeine.newBuilder()
        .maximumSize(VERIFIED_TOKEN_CAPACITY)
        .expireAfter(Expiry.creating((String token, Verified entry) -> entry.lifetime()))
        .ticker(() -> clock.millis() * 1_000_000)
        // upkeep on the reading thread, not handed to the common pool: a thread woken per drain
        .executor(Runnable::run)
        .build();
    Set<JWSAlgorithm> algorithms =
        settings.algorithms().stream().map(JWSAlgorithm::parse).collect(Collectors.toSet());
    JWKSource<SecurityContext> observedKeys =
        (selector, context) -> {
          List<JWK> found = keys.get(selector, context);
          keysFetched = true;
          return found;
        };
    processor.setJWSTypeVerifier(
        new DefaultJOSEObjectTypeVerifier<>(
            JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, observedKeys));
    processor.setJWTClaimsSetVerifier(new TokenClaimsVerifier(settings, clock));
  }

  /**
   * A verifier that fetches the issuer's keys over HTTP: from {@link AuthSettings#jwksUri()}, or
   * from the {@code jwks_uri} of {@code {issuer}/.well-known/openid-configuration}, discovered on
   * first use.
   */
  public static JwtTokenVerifier remote(AuthSettings settings) {
    return remote(settings, MIN_REFRESH_INTERVAL);
  }

  /**
   * Like {@link #remote(AuthSettings)}, fetching through the identity provider's circuit breaker
   * and retry policy: while the provider is down, tokens signed with keys already fetched keep
   * being accepted, and calls to it stop for as long as its breaker is open.
   */
  public static JwtTokenVerifier remote(AuthSettings settings, CircuitBreaker breaker, Retry retry) {
    return remote(settings, breaker, retry, OpenTelemetry.noop());
  }

  /**
   * Like {@link #remote(AuthSettings, CircuitBreaker, Retry)}, each fetch of a document in a
   * CLIENT span (ADR 0033).
   */
  public static JwtTokenVerifier remote(AuthSettings settings, CircuitBreaker breaker, Retry retry,
      OpenTelemetry telemetry) {
    return remote(settings, new GuardedResourceRetriever(fetcher(telemetry), breaker, retry),
        false, MIN_REFRESH_INTERVAL, KEY_CACHE_TTL);
  }

  /** Like {@link #remote(AuthSettings)}, each fetch of a document in a CLIENT span. */
  public static JwtTokenVerifier remote(AuthSettings settings, OpenTelemetry telemetry) {
    return remote(settings, fetcher(telemetry), true, MIN_REFRESH_INTERVAL, KEY_CACHE_TTL);
  }

  static JwtTokenVerifier remote(AuthSettings settings, Duration minRefreshInterval) {
    return remote(settings, fetcher(), true, minRefreshInterval, KEY_CACHE_TTL);
  }

  /**
   * @param retrying whether the key source retries a failed fetch itself (once, at once); not
   *     when {@code retriever} already retries with back-off
   */
  static JwtTokenVerifier remote(AuthSettings settings, ResourceRetriever retriever,
      boolean retrying, Duration minRefreshInterval, Duration keyCacheTtl) {
    Function<URL, JWKSource<SecurityContext>> keysAt = url -> remoteKeys(
        url, retriever, retrying, minRefreshInterval, keyCacheTtl);
    JWKSource<SecurityContext> keys =
        settings
            .jwksUri()
            .map(uri -> keysAt.apply(url(uri)))
            .orElseGet(
                () ->
                    new DiscoveredJwkSource(
                        settings.issuer(), retriever, keysAt, Clock.systemUTC()));
    return new JwtTokenVerifier(settings, keys, Clock.systemUTC());
  }

  /** A verifier with a fixed set of keys, e.g. for the self-contained demo mode. */
  public static JwtTokenVerifier withKeys(AuthSettings settings, JWKSet keys) {
    // only public halves are needed; dropping private ones keeps them out of this object's reach
    return new JwtTokenVerifier(
        settings, new ImmutableJWKSet<>(keys.toPublicJWKSet()), Clock.systemUTC());
  }

  @Override
  public Principal verify(String bearerToken) throws InvalidTokenException {
    Verified known = verified.getIfPresent(bearerToken);
    if (known != null) {
      return known.principal();
    }
    JWTClaimsSet claims = claims(bearerToken);
    Principal principal = principal(claims);
    // exp is required by the claims verifier; within the clock skew it may lie in the past
    Duration left = Duration.between(clock.instant(), claims.getExpirationTime().toInstant());
    if (left.isPositive()) {
      verified.put(bearerToken, new Verified(principal, min(left, VERIFIED_TOKEN_TTL)));
    }
    return principal;
  }

  private JWTClaimsSet claims(String bearerToken) throws InvalidTokenException {
    try {
      return processor.process(bearerToken, null);
    } catch (ParseException malformed) {
      throw new InvalidTokenException("the token is not a well-formed JWT");
    } catch (BadJOSEException rejected) {
      throw new InvalidTokenException(rejected.getMessage());
    } catch (RateLimitReachedException refused) {
      // the key set was refreshed moments ago; if keys were fetched at all, the token's key is
      // simply not among them, otherwise the provider has been unreachable from the start
      if (keysFetched) {
        throw new InvalidTokenException("no key of the issuer matches the token");
      }
      throw new DependencyUnavailableException(IDENTITY_PROVIDER, refused);
    } catch (KeySourceException unavailable) {
      throw new DependencyUnavailableException(IDENTITY_PROVIDER, unavailable);
    } catch (JOSEException unverifiable) {
      throw new InvalidTokenException("the token signature could not be verified");
    }
  }

  private Principal principal(JWTClaimsSet claims) throws InvalidTokenException {
    String tenantClaim = settings.tenantClaim();
    TenantId tenant;
    try {
      tenant = new TenantId(claims.getStringClaim(tenantClaim));
    } catch (ParseException | InvalidValueException notATenant) {
      throw new InvalidTokenException("the " + tenantClaim + " claim is not a valid tenant id");
    }
    String subject = claims.getSubject();
    if (subject == null || subject.isBlank()) {
      throw new InvalidTokenException("the sub claim is empty");
    }
    return new Principal(subject, tenant, scopes(claims));
  }

  /** Scopes from {@code scope} (a space-separated string, RFC 8693) and {@code scp} (an array). */
  private static Set<String> scopes(JWTClaimsSet claims) throws InvalidTokenException {
    Set<String> scopes = new HashSet<>();
    try {
      String scope = claims.getStringClaim("scope");
      if (scope != null) {
        for (String each : scope.trim().split(" +")) {
          if (!each.isEmpty()) {
            scopes.add(each);
          }
        }
      }
      List<String> scp = claims.getStringListClaim("scp");
      if (scp != null) {
        scopes.addAll(scp);
      }
    } catch (ParseException malformed) {
      throw new InvalidTokenException("scope must be a string and scp an array of strings");
    }
    return scopes;
  }

  static ResourceRetriever guarded(CircuitBreaker breaker, Retry retry) {
    return new GuardedResourceRetriever(fetcher(), breaker, retry);
  }

  private static ResourceRetriever fetcher() {
    return new DefaultResourceRetriever(
        CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS, MAX_DOCUMENT_BYTES);
  }

  private static ResourceRetriever fetcher(OpenTelemetry telemetry) {
    return new TracedResourceRetriever(CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS,
        MAX_DOCUMENT_BYTES, new OutboundHttpTracing(telemetry));
  }

  private static JWKSource<SecurityContext> remoteKeys(URL jwksUrl, ResourceRetriever retriever,
      boolean retrying, Duration minRefreshInterval, Duration keyCacheTtl) {
    return JWKSourceBuilder.<SecurityContext>create(jwksUrl, retriever)
        .cache(keyCacheTtl.toMillis(), KEY_REFRESH_TIMEOUT.toMillis())
        // fetching ahead of expiry needs a lifetime longer than the lead time plus a fetch
        .refreshAheadCache(keyCacheTtl.toMillis() > JWKSourceBuilder.DEFAULT_REFRESH_AHEAD_TIME
            + KEY_REFRESH_TIMEOUT.toMillis())
        .rateLimited(minRefreshInterval.toMillis())
        .retrying(retrying)
        .outageTolerant(true)
        .build();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static URL url(URI uri) {
    try {
      return uri.toURL();
    } catch (MalformedURLException | IllegalArgumentException notAUrl) {
      throw new IllegalArgumentException("the JWKS URI is not a URL: " + uri, notAUrl);
    }
  }

  /** A token that passed verification: who it names, and how long to remember that. */
  private record Verified(Principal principal, Duration lifetime) {}
}
