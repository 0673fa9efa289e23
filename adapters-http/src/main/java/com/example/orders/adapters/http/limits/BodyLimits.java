package com.example.orders.adapters.http.limits;

import com.example.orders.adapters.http.RouteGroup;
import com.example.orders.adapters.http.RouteGuard;
import com.example.orders.adapters.http.auth.SecuredRoute;
import com.example.orders.adapters.http.problem.ProblemException;
import com.example.orders.adapters.http.problem.RequestProblem;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.function.Function;

/**
 * A body larger than its route group allows is refused with {@code 413 request.too-large}: unread
 * and before authentication when {@code Content-Length} declares it; when it comes in chunks, once
 * the caller is authenticated and the body read (up to the server-wide limit, which cuts it off
 * beyond), so that no anonymous client makes the service read a body at all.
 */
public final class BodyLimits implements RouteGuard {

  private final BodyLimitSettings settings;

  public BodyLimits(BodyLimitSettings settings) {
    this.settings = settings;
  }

  @Override
  public Handler protect(SecuredRoute route, Function<SecuredRoute, Handler> next) {
    long max = settings.maxBytes(RouteGroup.of(route.access()));
    Handler handler = next.apply(new SecuredRoute(route.method(), route.path(), route.access(),
        (ctx, principal) -> {
          // the body is read once: the route's handler gets the same bytes
          if (isChunked(ctx) && ctx.bodyAsBytes().length > max) {
            throw tooLarge(max);
          }
          route.handler().handle(ctx, principal);
        }));
    return ctx -> {
      if (ctx.req().getContentLengthLong() > max) {
        throw tooLarge(max);
      }
      handler.handle(ctx);
    };
  }

  private static boolean isChunked(Context ctx) {
    return ctx.req().getContentLengthLong() < 0 && ctx.header("Transfer-Encoding") != null;
  }

  private static ProblemException tooLarge(long max) {
    return new ProblemException(RequestProblem.TOO_LARGE,
        "the request body exceeds the limit of " + max + " bytes for this route");
  }
}
