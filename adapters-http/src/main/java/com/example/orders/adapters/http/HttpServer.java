package com.example.orders.adapters.http;

import com.example.orders.adapters.http.auth.AuthSettings;
import com.example.orders.adapters.http.auth.BearerAuthentication;
import com.example.orders.adapters.http.auth.SecuredRoute;
import com.example.orders.adapters.http.auth.TokenVerifier;
import com.example.orders.adapters.http.problem.ProblemException;
import com.example.orders.adapters.http.problem.ProblemHandler;
import com.example.orders.adapters.http.problem.ProblemMapper;
import com.example.orders.adapters.http.problem.RequestProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's HTTP server: Javalin on virtual threads serving the orders API (bearer tokens
 * required, each route behind the {@link RouteGuard}s it is given, outermost first), the API
 * documentation and the operational endpoints (no token), with problem+json for every error and a
 * graceful stop.
 */
public final class HttpServer {

  private static final Logger log = LoggerFactory.getLogger(HttpServer.class);

  /** How long a browser may reuse a preflight answer: ten minutes, the most Chromium honours. */
  private static final int CORS_MAX_AGE_SECONDS = 600;

  /**
   * The buffer Javalin allocates afresh for every response to copy the result into Jetty's
   * (pooled, 32 KiB) output buffer. Its default is that same 32 KiB, which for an order of under
   * a kilobyte was 41% of all bytes allocated under load; larger bodies are copied in more chunks.
   */
  private static final int RESPONSE_COPY_BUFFER_BYTES = 2_048;

  private final HttpSettings settings;
  private final Javalin javalin;
  private final SlowClients slowClients;
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private volatile int boundPort = -1;

  public HttpServer(
      HttpSettings settings,
      BrowserSettings browser,
      TokenVerifier verifier,
      AuthSettings auth,
      List<ApiRoutes> api,
      List<OperationalEndpoint> operational,
      RequestObserver observer,
      List<RouteGuard> guards) {
    this.settings = settings;
    this.slowClients = new SlowClients(settings.requestTimeout());
    BearerAuthentication authentication = new BearerAuthentication(verifier, auth);
    ApiDocumentation documentation = ApiDocumentation.fromClasspath();
    ProblemMapper problems = new ProblemMapper();
    this.javalin =
        Javalin.create(
            config -> {
              configureServer(config, observer, problems, new SecurityHeaders(browser));
              allowCrossOriginCalls(config, browser);
              configureRoutes(config.routes, api, authentication, guards, operational,
                  documentation);
              ProblemHandler problemHandler = new ProblemHandler(problems);
              config.routes.exception(HttpResponseException.class, problemHandler);
              config.routes.exception(Exception.class, problemHandler);
            });
  }

  /** Binds the port and starts serving. */
  public void start() {
    if (!started.compareAndSet(false, true)) {
      throw new IllegalStateException("the HTTP server was already started");
    }
    javalin.start();
    boundPort = javalin.port();
    log.info("HTTP server listening on port {}", boundPort);
  }

  /** The bound port, once started; useful when {@link HttpSettings#port()} was 0. */
  public int port() {
    if (boundPort < 0) {
      throw new IllegalStateException("the HTTP server has not been started");
    }
    return boundPort;
  }

  /**
   * Stops accepting connections and lets requests in flight finish, for up to {@link
   * HttpSettings#shutdownTimeout()}, including those whose client is still sending the body,
   * however slowly (see {@link DrainingRequests}); then closes what is left. Idle keep-alive
   * connections close after a second. Safe to call more than once.
   */
  public void stop() {
    if (started.get() && stopped.compareAndSet(false, true)) {
      log.info(
          "HTTP server stopping; in-flight requests have {} to finish", settings.shutdownTimeout());
      javalin.stop();
      slowClients.close();
    }
  }

  private void configureServer(
      JavalinConfig config,
      RequestObserver observer,
      ProblemMapper problems,
      SecurityHeaders securityHeaders) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.concurrency.useVirtualThreads = true;
    ObjectMapper json = JsonMapping.strict();
    config.jsonMapper(new JavalinJackson(json, true));
    config.http.maxRequestSize = settings.maxRequestBytes();
    config.http.responseBufferSize = RESPONSE_COPY_BUFFER_BYTES;
    // our ETag is the order's version, not a hash of the body
    config.http.generateEtags = false;
    config.http.prefer405over404 = true;
    config.jetty.modifyHttpConfiguration(
        http -> {
          http.setRequestHeaderSize(settings.maxHeaderBytes());
          // Jetty's per-connection cache of whole header lines pays off for small repeated
          // values; with a bearer token in every request it walked a trie over ~600 bytes per
          // request: 5% of the JVM's samples in a read by id, 0.2% without it (JFR)
          http.setHeaderCacheSize(0);
          // RFC 3986 only: Javalin's legacy mode lets %u escapes and ambiguous paths through to
          // routing, where decoding them fails as a 500; Jetty refuses them with a 400
          http.setUriCompliance(UriCompliance.DEFAULT);
        });
    config.jetty.addConnector(
        (server, http) -> {
          ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
          connector.setPort(settings.port());
          connector.setIdleTimeout(settings.idleTimeout().toMillis());
          connector.addEventListener(slowClients);
          return connector;
        });
    config.jetty.modifyServer(
        server -> {
          server.setStopTimeout(settings.shutdownTimeout().toMillis());
          // without a GracefulHandler, Jetty 12 stops without waiting for requests in flight
          server.insertHandler(new DrainingRequests());
          server.setErrorHandler(new RejectedRequests(problems, json, securityHeaders));
        });
    config.jetty.modifyServletContextHandler(
        context -> {
          EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
          RequestTracking tracking = new RequestTracking(observer, securityHeaders);
          context.addFilter(new FilterHolder(tracking), "/*", requests);
          context.addFilter(new FilterHolder(new IgnoredRequestHeaders()), "/*", requests);
        });
  }

  /**
   * CORS for the allowed origins only, when there are any: browsers on those origins' pages may
   * call the API and read the headers a client needs.
   */
  private static void allowCrossOriginCalls(JavalinConfig config, BrowserSettings browser) {
    if (browser.corsAllowedOrigins().isEmpty()) {
      return;
    }
    List<String> origins = browser.corsAllowedOrigins();
    config.bundledPlugins.enableCors(
        cors ->
            cors.addRule(
                rule -> {
                  String[] others = origins.stream().skip(1).toArray(String[]::new);
                  rule.allowHost(origins.getFirst(), others);
                  rule.maxAge = CORS_MAX_AGE_SECONDS;
                  List.of("ETag", "Location", "Retry-After", "RateLimit", "RateLimit-Policy",
                          RequestIds.HEADER)
                      .forEach(rule::exposeHeader);
                }));
  }

  private void configureRoutes(
      RoutesConfig routes,
      List<ApiRoutes> api,
      BearerAuthentication authentication,
      List<RouteGuard> guards,
      List<OperationalEndpoint> operational,
      ApiDocumentation documentation) {
    routes.beforeMatched(ctx -> rejectOversizedBody(ctx, settings.maxRequestBytes()));
    routes.after(RequestTracking::recordRoute);
    List<SecuredRoute> secured =
        api.stream().flatMap(feature -> feature.routes().stream()).toList();
    Function<SecuredRoute, Handler> guarded = authentication::protect;
    for (RouteGuard guard : guards.reversed()) {
      Function<SecuredRoute, Handler> next = guarded;
      guarded = route -> guard.protect(route, next);
    }
    LiteralPaths.refuseUndeclaredMethods(routes, secured);
    for (SecuredRoute route : secured) {
      Handler handler = guarded.apply(route);
      routes.addHttpHandler(route.method(), route.path(), handler);
      if (route.method() == HandlerType.GET) {
        // otherwise Javalin answers HEAD for a GET route itself: 200, unauthenticated
        routes.addHttpHandler(HandlerType.HEAD, route.path(), handler);
      }
    }
    for (OperationalEndpoint endpoint : operational) {
      routes.get(endpoint.path(), ctx -> serve(ctx, endpoint.handle(ctx.header("Accept"))));
    }
    documentation.register(routes);
  }

  /**
   * Refuses a declared oversized body before reading it; bodies without a length are cut off while
   * read.
   */
  private static void rejectOversizedBody(Context ctx, long maxRequestBytes) {
    if (ctx.req().getContentLengthLong() > maxRequestBytes) {
      throw new ProblemException(
          RequestProblem.TOO_LARGE,
          "the request body exceeds the limit of " + maxRequestBytes + " bytes");
    }
  }

  private static void serve(Context ctx, OperationalEndpoint.Response response) {
    ctx.status(response.status()).contentType(response.contentType()).result(response.body());
  }
}
