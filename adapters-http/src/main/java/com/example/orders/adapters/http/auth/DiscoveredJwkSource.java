package com.example.orders.adapters.http.auth;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSetUnavailableException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The issuer's keys, at the {@code jwks_uri} its OpenID discovery document names. Discovery happens
 * on first use rather than at startup, so that the service starts (and reports itself) even while
 * the identity provider is down; failed attempts are not repeated more than once per {@link
 * #RETRY_INTERVAL}.
 */
final class DiscoveredJwkSource implements JWKSource<SecurityContext> {

  static final Duration RETRY_INTERVAL = Duration.ofSeconds(1);

  private final String issuer;
  private final ResourceRetriever retriever;
  private final Function<URL, JWKSource<SecurityContext>> keysAt;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile JWKSource<SecurityContext> discovered;
  private Instant nextAttempt = Instant.MIN;

  DiscoveredJwkSource(
      String issuer,
      ResourceRetriever retriever,
      Function<URL, JWKSource<SecurityContext>> keysAt,
      Clock clock) {
    this.issuer = issuer;
    this.retriever = retriever;
    this.keysAt = keysAt;
    this.clock = clock;
  }

  @Override
  public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
    return keys().get(selector, context);
  }

  private JWKSource<SecurityContext> keys() throws KeySourceException {
    JWKSource<SecurityContext> known = discovered;
    if (known != null) {
      return known;
    }
    lock.lock();
    try {
      if (discovered == null) {
        if (clock.instant().isBefore(nextAttempt)) {
          throw new JWKSetUnavailableException(
              "OpenID discovery for " + issuer + " failed recently; not retrying yet");
        }
        nextAttempt = clock.instant().plus(RETRY_INTERVAL);
        discovered = keysAt.apply(discoverJwksUri());
      }
      return discovered;
    } finally {
      lock.unlock();
    }
  }

  private URL discoverJwksUri() throws KeySourceException {
    String location = issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration";
    try {
      String document = retriever.retrieveResource(URI.create(location).toURL()).getContent();
      Map<String, Object> configuration = JSONObjectUtils.parse(document);
      String announcedIssuer = JSONObjectUtils.getString(configuration, "issuer");
      if (!issuer.equals(announcedIssuer)) {
        // OpenID Connect Discovery 1.0, section 4.3: the document must name the issuer asked for
        throw new JWKSetUnavailableException(
            "discovery document at " + location + " names another issuer: " + announcedIssuer);
      }
      URI jwksUri = JSONObjectUtils.getURI(configuration, "jwks_uri");
      if (jwksUri == null) {
        throw new JWKSetUnavailableException(
            "discovery document at " + location + " has no jwks_uri");
      }
      return jwksUri.toURL();
    } catch (IOException | ParseException | IllegalArgumentException failed) {
      throw new JWKSetUnavailableException(
          "OpenID discovery at " + location + " failed: " + failed, failed);
    }
  }
}
