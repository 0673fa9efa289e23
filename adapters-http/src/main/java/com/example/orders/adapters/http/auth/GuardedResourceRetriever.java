package com.example.orders.adapters.http.auth;

import com.example.orders.application.port.DependencyUnavailableException;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.net.URL;

/**
 * Fetches the identity provider's documents (discovery, JWKS) through its circuit breaker and
 * retry policy. A fetch is a GET, safe to repeat. Failures reach the breaker and the retry policy
 * as {@link DependencyUnavailableException}s, as every guard expects, and leave here as the
 * {@link IOException}s the key source expects, which then serves the keys it already knows.
 */
final class GuardedResourceRetriever implements ResourceRetriever {

  private final ResourceRetriever fetcher;
  private final CircuitBreaker breaker;
  private final Retry retry;

  GuardedResourceRetriever(ResourceRetriever fetcher, CircuitBreaker breaker, Retry retry) {
    this.fetcher = fetcher;
    this.breaker = breaker;
    this.retry = retry;
  }

  @Override
  public Resource retrieveResource(URL url) throws IOException {
    CheckedSupplier<Resource> guarded = Retry.decorateCheckedSupplier(retry,
        CircuitBreaker.decorateCheckedSupplier(breaker, () -> fetch(url)));
    try {
      return guarded.get();
    } catch (DependencyUnavailableException unavailable) {
      throw (IOException) unavailable.getCause();
    } catch (CallNotPermittedException open) {
      throw new IOException("the identity provider failed repeatedly: not calling it for now",
          open);
    } catch (RuntimeException | Error unexpected) {
      throw unexpected;
    } catch (Throwable impossible) {
      // fetch throws nothing checked, and the decorators add nothing checked
      throw new IllegalStateException(impossible);
    }
  }

  private Resource fetch(URL url) {
    try {
      return fetcher.retrieveResource(url);
    } catch (IOException unreachable) {
      throw new DependencyUnavailableException(JwtTokenVerifier.IDENTITY_PROVIDER, unreachable);
    }
  }
}
