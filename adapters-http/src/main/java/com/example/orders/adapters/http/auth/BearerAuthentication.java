package com.example.orders.adapters.http.auth;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The gate of every API route: reads the bearer token (RFC 6750), verifies it, puts the caller's
 * tenant and subject into the logging context, and checks the scope the route needs.
 */
public final class BearerAuthentication {

  /** MDC key of the caller's tenant, set for the rest of the request once authenticated. */
  public static final String MDC_TENANT = "tenant";

  /** MDC key of the caller's subject, set for the rest of the request once authenticated. */
  public static final String MDC_SUBJECT = "subject";

  // RFC 6750, section 2.1: the scheme is case-insensitive, the token is a token68
  private static final Pattern BEARER = Pattern.compile("(?i)bearer +([A-Za-z0-9\\-._~+/]+=*) *");

  private final TokenVerifier verifier;
  private final AuthSettings settings;

  public BearerAuthentication(TokenVerifier verifier, AuthSettings settings) {
    this.verifier = verifier;
    this.settings = settings;
  }

  /** A Javalin handler that authenticates the caller, then hands over to the route. */
  public Handler protect(SecuredRoute route) {
    return ctx -> route.handler().handle(ctx, authenticate(ctx, route.access()));
  }

  /**
   * @throws MissingTokenException when there is no bearer token
   * @throws InvalidTokenException when the token is not acceptable
   * @throws InsufficientScopeException when the token lacks the scope that {@code access} needs
   */
  Principal authenticate(Context ctx, Access access) throws InvalidTokenException {
    String authorization = ctx.header("Authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "bearer", 0, 6)) {
      throw new MissingTokenException();
    }
    Matcher bearer = BEARER.matcher(authorization);
    if (!bearer.matches()) {
      throw new InvalidTokenException("the Authorization header is not a well-formed bearer token");
    }
    Principal principal = verifier.verify(bearer.group(1));
    MDC.put(MDC_TENANT, principal.tenant().value());
    MDC.put(MDC_SUBJECT, principal.subject());
    String scope = switch (access) {
      case READ -> settings.readScope();
      case WRITE -> settings.writeScope();
      case ADMIN -> settings.adminScope();
    };
    if (!principal.hasScope(scope)) {
      throw new InsufficientScopeException(scope);
    }
    return principal;
  }
}
