package com.example.orders.bootstrap.wiring;

import com.example.orders.adapters.http.ApiRoutes;
import com.example.orders.adapters.http.BrowserSettings;
import com.example.orders.adapters.http.HttpServer;
import com.example.orders.adapters.http.HttpSettings;
import com.example.orders.adapters.http.OperationalEndpoint;
import com.example.orders.adapters.http.RequestObserver;
import com.example.orders.adapters.http.RouteGuard;
import com.example.orders.adapters.http.auth.AuthSettings;
import com.example.orders.adapters.http.auth.JwtTokenVerifier;
import com.example.orders.adapters.http.auth.TokenVerifier;
import com.example.orders.adapters.http.auth.introspection.IntrospectionTokenVerifier;
import com.example.orders.adapters.http.idempotency.IdempotentHandlers;
import com.example.orders.adapters.http.order.OrderRoutes;
import com.example.orders.adapters.http.limits.BodyLimits;
import com.example.orders.adapters.http.ratelimit.RateLimiting;
import com.example.orders.application.idempotency.IdempotentRequests;
import com.example.orders.application.order.AddOrderLine;
import com.example.orders.application.order.CancelOrder;
import com.example.orders.application.order.CreateOrder;
import com.example.orders.application.order.GetOrder;
import com.example.orders.application.order.ListOrders;
import com.example.orders.application.order.PayOrder;
import com.example.orders.application.order.PlaceOrder;
import com.example.orders.application.order.RemoveOrderLine;
import com.example.orders.application.order.ShipOrder;
import com.example.orders.bootstrap.config.AuthVariables;
import com.example.orders.bootstrap.config.BodyLimitVariables;
import com.example.orders.bootstrap.config.BrowserVariables;
import com.example.orders.bootstrap.config.Config;
import com.example.orders.bootstrap.config.MessagingVariables;
import com.example.orders.bootstrap.config.HttpVariables;
import com.example.orders.bootstrap.demo.DemoTokenIssuer;
import com.example.orders.bootstrap.resilience.DependencyGuards;
import io.opentelemetry.api.OpenTelemetry;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The HTTP API: the server, its routes, and who may call it: tokens of the configured issuer, or
 * of the built-in demo issuer when {@code AUTH_ISSUER} is unset.
 */
@Module
public final class HttpModule {

  /** How breakers and metrics name the token issuer. */
  static final String IDENTITY_PROVIDER = "identity-provider";

  private HttpModule() {}

  @Provides
  static HttpSettings httpSettings(Config config) {
    return config.get(HttpVariables.HTTP);
  }

  @Provides
  @Singleton
  static Optional<DemoTokenIssuer> demoTokenIssuer(Config config, Clock clock) {
    return config.get(AuthVariables.AUTH).isPresent()
        ? Optional.empty()
        : Optional.of(DemoTokenIssuer.generate(clock));
  }

  @Provides
  @Singleton
  static AuthSettings authSettings(Config config, Optional<DemoTokenIssuer> demoIssuer) {
    return config.get(AuthVariables.AUTH)
        .orElseGet(() -> demoIssuer.orElseThrow().settings());
  }

  @Provides
  @Singleton
  static TokenVerifier tokenVerifier(AuthSettings settings, Optional<DemoTokenIssuer> demoIssuer,
      Optional<IntrospectionTokenVerifier> introspection, DependencyGuards guards,
      io.opentelemetry.api.OpenTelemetry telemetry) {
    if (introspection.isPresent()) {
      return introspection.get();
    }
    return demoIssuer
        .map(issuer -> JwtTokenVerifier.withKeys(settings, issuer.publicKeys()))
        .orElseGet(() -> guards.enabled()
            ? JwtTokenVerifier.remote(settings, guards.breaker(IDENTITY_PROVIDER),
                guards.retry(IDENTITY_PROVIDER), telemetry)
            : JwtTokenVerifier.remote(settings, telemetry));
  }

  @Provides
  @IntoSet
  static ApiRoutes orderRoutes(CreateOrder create, AddOrderLine addLine,
      RemoveOrderLine removeLine, PlaceOrder place, PayOrder pay, ShipOrder ship,
      CancelOrder cancel, GetOrder get, ListOrders list, IdempotentRequests idempotent) {
    return new OrderRoutes(create, addLine, removeLine, place, pay, ship, cancel, get, list,
        new IdempotentHandlers(idempotent));
  }

  @Provides
  @Singleton
  static HttpServer httpServer(HttpSettings settings, Config config, TokenVerifier tokens,
      AuthSettings authSettings, Set<ApiRoutes> features, Set<OperationalEndpoint> endpoints,
      RequestObserver observer, RateLimiting rateLimiting, OpenTelemetry telemetry) {
    // a worker serves the operational endpoints only
    boolean servesApi = config.get(MessagingVariables.MESSAGING).runMode().servesApi();
    // sorted, so that the server registers routes in the same order on every start
    List<ApiRoutes> api = features.stream()
        .filter(feature -> servesApi)
        .sorted(Comparator.comparing(feature -> feature.getClass().getName()))
        .toList();
    List<OperationalEndpoint> operational = endpoints.stream()
        .sorted(Comparator.comparing(OperationalEndpoint::path))
        .toList();
    BrowserSettings browser = config.get(BrowserVariables.BROWSER);
    // outermost first: an oversized body is refused before anything else is spent on it
    List<RouteGuard> guards =
        List.of(new BodyLimits(config.get(BodyLimitVariables.BODY_LIMITS)), rateLimiting);
    return new HttpServer(settings, browser, tokens, authSettings, api, operational, observer,
        guards, telemetry);
  }
}
