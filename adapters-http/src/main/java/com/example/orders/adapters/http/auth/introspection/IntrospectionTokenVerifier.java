package com.example.orders.adapters.http.auth.introspection;

import com.example.orders.adapters.http.auth.AuthSettings;
import com.example.orders.adapters.http.auth.InvalidTokenException;
import com.example.orders.adapters.http.auth.Principal;
import com.example.orders.adapters.http.auth.TokenVerifier;
import com.example.orders.application.port.ExpiringCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies bearer tokens of any form, opaque ones included, by asking the authorization server
 * (RFC 7662), and remembers its answers so that it asks once per token, not once per request:
 *
 * <ol>
 *   <li>in this process for {@link IntrospectionSettings#localTtl()} (callers of one token wait
 *       for one lookup),
 *   <li>in the shared {@link ExpiringCache} (Redis: one introspection for all instances), as
 *       {@link CachedTokenCodec} writes it:
 *       an active answer until the token's {@code exp}, at most {@link
 *       IntrospectionSettings#cacheTtl()}; a refusal for {@link
 *       IntrospectionSettings#inactiveTtl()},
 *   <li>else the {@link Introspector}, whose answer is judged by {@link IntrospectionRules}.
 * </ol>
 *
 * <p>Entries are keyed by {@link TokenHash}. With the authorization server down, known tokens
 * keep working until their entries expire; an unknown one fails with the server's
 * unavailability ({@code 503}), since it was not judged.
 */
public final class IntrospectionTokenVerifier implements TokenVerifier {

  static final int LOCAL_CAPACITY = 10_000;

  private final IntrospectionSettings settings;
  private final Introspector introspector;
  private final ExpiringCache shared;
  private final IntrospectionRules rules;
  private final Clock clock;
  private final Cache<String, IntrospectedToken> local;
  /** The lookups under way, so that callers of one token wait for one instead of starting more. */
  private final ConcurrentHashMap<String, CompletableFuture<IntrospectedToken>> lookups =
      new ConcurrentHashMap<>();

  public IntrospectionTokenVerifier(IntrospectionSettings settings, AuthSettings auth,
      Introspector introspector, ExpiringCache shared) {
    this(settings, auth, introspector, shared, Clock.systemUTC());
  }

  IntrospectionTokenVerifier(IntrospectionSettings settings, AuthSettings auth,
      Introspector introspector, ExpiringCache shared, Clock clock) {
    this.settings = settings;
    this.introspector = introspector;
    this.shared = shared;
    this.rules = new IntrospectionRules(auth, clock);
    this.clock = clock;
    this.local = Caffeine.newBuilder()
        .maximumSize(LOCAL_CAPACITY)
        .expireAfter(Expiry.creating((String key, IntrospectedToken token) ->
            min(settings.localTtl(), ttl(token))))
        .ticker(() -> clock.millis() * 1_000_000)
        // upkeep on the reading thread, not handed to the common pool: a thread woken per drain
        .executor(Runnable::run)
        .build();
  }

  @Override
  public Principal verify(String bearerToken) throws InvalidTokenException {
    IntrospectedToken token = lookUp(TokenHash.of(bearerToken), bearerToken);
    if (!token.active()) {
      throw new InvalidTokenException(token.refusal());
    }
    return token.principal();
  }

  /** The result known to this process, or of its lookup already under way, or a new lookup. */
  private IntrospectedToken lookUp(String hash, String bearerToken) {
    IntrospectedToken known = local.getIfPresent(hash);
    if (known != null) {
      return known;
    }
    CompletableFuture<IntrospectedToken> mine = new CompletableFuture<>();
    CompletableFuture<IntrospectedToken> running = lookups.putIfAbsent(hash, mine);
    if (running != null) {
      return awaited(running);
    }
    try {
      IntrospectedToken token = sharedOrIntrospected(hash, bearerToken);
      local.put(hash, token);
      mine.complete(token);
      return token;
    } catch (RuntimeException failed) {
      mine.completeExceptionally(failed);
      throw failed;
    } finally {
      lookups.remove(hash, mine);
    }
  }

  private static IntrospectedToken awaited(CompletableFuture<IntrospectedToken> lookup) {
    try {
      return lookup.join();
    } catch (CompletionException failed) {
      if (failed.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw failed;
    }
  }

  private IntrospectedToken sharedOrIntrospected(String hash, String bearerToken) {
    return shared.find(hash).flatMap(CachedTokenCodec::decode).orElseGet(() -> {
      IntrospectedToken token = rules.judge(introspector.introspect(bearerToken));
      Duration ttl = ttl(token);
      if (ttl.isPositive()) {
        shared.put(hash, CachedTokenCodec.encode(token), ttl);
      }
      return token;
    });
  }

  /** How long the result may be believed from now: never past the token's {@code exp}. */
  private Duration ttl(IntrospectedToken token) {
    if (!token.active()) {
      return settings.inactiveTtl();
    }
    Instant expiresAt = token.expiresAt();
    return expiresAt == null
        ? settings.cacheTtl()
        : min(settings.cacheTtl(), Duration.between(clock.instant(), expiresAt));
  }

  private static Duration min(Duration a, Duration b) {
    Duration smaller = a.compareTo(b) <= 0 ? a : b;
    return smaller.isNegative() ? Duration.ZERO : smaller;
  }
}
