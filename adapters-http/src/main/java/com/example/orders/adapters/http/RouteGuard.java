package com.example.orders.adapters.http;

import com.example.orders.adapters.http.auth.SecuredRoute;
import io.javalin.http.Handler;
import java.util.function.Function;

/**
 * Checks around every API route, such as its body size or its callers' rate limits. The server
 * chains the guards it is given, in order, around authentication and the route's own handler, so a
 * new check is a class and a binding, and edits nothing here.
 */
public interface RouteGuard {

  /**
   * The handler of {@code route}: this guard's checks around {@code next}, which makes the handler
   * of whatever route it is given (the next guards, authentication, the route). A guard may hand
   * {@code next} a route of its own that wraps the original's handler, to act once the caller is
   * authenticated.
   */
  Handler protect(SecuredRoute route, Function<SecuredRoute, Handler> next);
}
