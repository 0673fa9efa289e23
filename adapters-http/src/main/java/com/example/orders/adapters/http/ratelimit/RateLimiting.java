package com.example.orders.adapters.http.ratelimit;

import com.example.orders.adapters.http.RouteGroup;
import com.example.orders.adapters.http.RouteGuard;
import com.example.orders.adapters.http.auth.Principal;
import com.example.orders.adapters.http.auth.SecuredRoute;
import com.example.orders.adapters.http.problem.HttpProblem;
import com.example.orders.application.port.RateLimit;
import com.example.orders.application.port.RateLimitDecision;
import com.example.orders.application.port.RateLimiter;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Budgets around every API route: once the caller is authenticated, one permit from their
 * subject's and their tenant's budget of the route's group; when authentication fails ({@code
 * 401}), one from the client address's budget, so that guessing tokens is limited too. A call
 * within budget carries {@code RateLimit-Policy} and {@code RateLimit}; one beyond it is refused
 * with {@code 429}, {@code Retry-After} and the same fields, and reported to the {@link
 * RateLimitListener}.
 */
public final class RateLimiting implements RouteGuard {

  private static final String FORWARDED_FOR = "X-Forwarded-For";

  private final RateLimiter limiter;
  private final RateLimitSettings settings;
  private final RateLimitListener listener;

  public RateLimiting(RateLimiter limiter, RateLimitSettings settings, RateLimitListener listener) {
    this.limiter = limiter;
    this.settings = settings;
    this.listener = listener;
  }

  /**
   * The handler of {@code route}, authenticated by {@code authentication} and limited as above;
   * when limits are off, just the authenticated handler.
   */
  @Override
  public Handler protect(SecuredRoute route, Function<SecuredRoute, Handler> authentication) {
    if (!settings.enabled()) {
      return authentication.apply(route);
    }
    RouteGroup group = RouteGroup.of(route.access());
    GroupLimits limits = settings.group(group);
    List<RateLimit> callerLimits = List.of(limits.perSubject(), limits.perTenant());
    String callerPolicy = RateLimitHeaders.policy(callerLimits);
    String addressPolicy = RateLimitHeaders.policy(List.of(settings.perClientAddress()));
    Handler authenticated = authentication.apply(new SecuredRoute(
        route.method(), route.path(), route.access(), (ctx, principal) -> {
          drawOnCaller(ctx, route, group, callerLimits, callerPolicy, principal);
          route.handler().handle(ctx, principal);
        }));
    return ctx -> {
      try {
        authenticated.handle(ctx);
      } catch (Exception failure) {
        if (failure instanceof HttpProblem problem && problem.type().status() == 401) {
          drawOnClientAddress(ctx, route, group, addressPolicy);
        }
        throw failure;
      }
    };
  }

  private void drawOnCaller(Context ctx, SecuredRoute route, RouteGroup group,
      List<RateLimit> callerLimits, String policy, Principal principal) {
    String tenant = principal.tenant().value();
    List<String> keys = List.of(
        group.label() + ":subject:" + tenant + ":" + principal.subject(),
        group.label() + ":tenant:" + tenant);
    List<RateLimitDecision> decisions = new ArrayList<>(2);
    for (int i = 0; i < keys.size(); i++) {
      RateLimitDecision decision = limiter.tryAcquire(keys.get(i), callerLimits.get(i));
      decisions.add(decision);
      if (!decision.allowed()) {
        List<RateLimit> drawn = callerLimits.subList(0, i + 1);
        refuse(ctx, route, group, drawn, decisions, i == 0 ? Scope.SUBJECT : Scope.TENANT,
            Optional.of(principal));
      }
    }
    ctx.header(RateLimitHeaders.POLICY, policy);
    ctx.header(RateLimitHeaders.CURRENT, RateLimitHeaders.current(callerLimits, decisions));
  }

  private void drawOnClientAddress(Context ctx, SecuredRoute route, RouteGroup group,
      String policy) {
    RateLimit limit = settings.perClientAddress();
    RateLimitDecision decision = limiter.tryAcquire("ip:" + clientAddress(ctx), limit);
    if (!decision.allowed()) {
      refuse(ctx, route, group, List.of(limit), List.of(decision), Scope.CLIENT_ADDRESS,
          Optional.empty());
    }
    ctx.header(RateLimitHeaders.POLICY, policy);
    ctx.header(RateLimitHeaders.CURRENT, RateLimitHeaders.current(List.of(limit),
        List.of(decision)));
  }

  private void refuse(Context ctx, SecuredRoute route, RouteGroup group, List<RateLimit> drawn,
      List<RateLimitDecision> decisions, Scope scope, Optional<Principal> principal) {
    RateLimitDecision refused = decisions.getLast();
    RateLimit exhausted = drawn.getLast();
    listener.rejected(new RateLimitRejection(
        exhausted.name(), group, scope, clientAddress(ctx),
        principal.map(Principal::subject), principal.map(Principal::tenant),
        route.method().name(), route.path(), ctx.res().getHeader("X-Request-Id"),
        refused.shared()));
    throw new RateLimitedException(exhausted.name(), Map.of(
        RateLimitHeaders.RETRY_AFTER,
        Long.toString(Math.max(1, RateLimitHeaders.seconds(refused.retryAfter()))),
        RateLimitHeaders.POLICY, RateLimitHeaders.policy(drawn),
        RateLimitHeaders.CURRENT, RateLimitHeaders.current(drawn, decisions)));
  }

  private String clientAddress(Context ctx) {
    return settings.trustedProxies().client(ctx.req().getRemoteAddr(),
        ctx.req().getHeaders(FORWARDED_FOR));
  }
}
