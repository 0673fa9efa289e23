package com.example.orders.adapters.http;

import com.example.orders.adapters.http.auth.BearerAuthentication;
import com.example.orders.adapters.http.problem.ProblemHandler;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Wraps every request, around all of Javalin: gives it a request id (echoed in {@code
 * X-Request-Id}), sets the security headers, keeps the logging context (MDC) for exactly the
 * request's duration, and reports the finished request to the {@link RequestObserver} and, at DEBUG
 * level, to the access log (this class's logger), with the request's MDC.
 *
 * <p>A servlet filter rather than Javalin before/after handlers, because only a {@code finally}
 * around the whole chain guarantees that the MDC is cleared and the observer called once, whatever
 * fails.
 */
final class RequestTracking implements Filter {

  static final String MDC_REQUEST_ID = "requestId";
  /** Kept for the audit trail; logback.xml does not log this key. */
  static final String MDC_CLIENT_IP = "clientIp";
  static final String UNMATCHED = "unmatched";
  private static final String ROUTE_ATTRIBUTE = RequestTracking.class.getName() + ".route";

  private static final Logger accessLog = LoggerFactory.getLogger(RequestTracking.class);

  private final RequestObserver observer;
  private final SecurityHeaders securityHeaders;

  RequestTracking(RequestObserver observer, SecurityHeaders securityHeaders) {
    this.observer = observer;
    this.securityHeaders = securityHeaders;
  }

  /** A Javalin after-handler that records which route template served the request. */
  static void recordRoute(Context ctx) {
    Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    if (matched != null) {
      ctx.attribute(ROUTE_ATTRIBUTE, matched.path);
    }
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    long started = System.nanoTime();
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    String requestId = RequestIds.acceptOrGenerate(request.getHeader(RequestIds.HEADER));
    response.setHeader(RequestIds.HEADER, requestId);
    securityHeaders.apply(request.getRequestURI(), response::setHeader);
    MDC.put(MDC_REQUEST_ID, requestId);
    MDC.put(MDC_CLIENT_IP, request.getRemoteAddr());
    MDC.put(TraceParents.HEADER,
        TraceParents.continueOrStart(request.getHeader(TraceParents.HEADER)));
    boolean completed = false;
    try {
      chain.doFilter(req, res);
      completed = true;
    } finally {
      try {
        Object matched = request.getAttribute(ROUTE_ATTRIBUTE);
        String route = matched == null ? UNMATCHED : matched.toString();
        int status = completed ? response.getStatus() : 500;
        long durationNanos = System.nanoTime() - started;
        accessLog.debug("{} {} {} {}us", request.getMethod(), route, status, durationNanos / 1_000);
        if (request.getAttribute(ProblemHandler.CLIENT_ABORTED) != null) {
          observer.clientAborted(request.getMethod(), route);
        }
        observer.observe(request.getMethod(), route, status, durationNanos);
      } finally {
        MDC.remove(MDC_REQUEST_ID);
        MDC.remove(MDC_CLIENT_IP);
        MDC.remove(TraceParents.HEADER);
        MDC.remove(BearerAuthentication.MDC_TENANT);
        MDC.remove(BearerAuthentication.MDC_SUBJECT);
      }
    }
  }
}
