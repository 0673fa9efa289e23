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
 * X-Request-Id}), sets the security headers, enters its trace context ({@link RequestTracing}:
 * a server span when tracing is on), keeps the logging context (MDC) for exactly the request's
 * duration, and reports the finished request to the {@link RequestObserver} and, at DEBUG
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
  private final RequestTracing tracing;

  RequestTracking(
      RequestObserver observer, SecurityHeaders securityHeaders, RequestTracing tracing) {
    this.observer = observer;
    this.securityHeaders = securityHeaders;
    this.tracing = tracing;
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
    RequestTrace trace = tracing.begin(request);
    Throwable failure = null;
    try {
      chain.doFilter(req, res);
    } catch (Throwable escaped) {
      failure = escaped;
      throw escaped;
    } finally {
      Object matched = request.getAttribute(ROUTE_ATTRIBUTE);
      int status = failure == null ? response.getStatus() : 500;
      try {
        String route = matched == null ? UNMATCHED : matched.toString();
        long durationNanos = System.nanoTime() - started;
        accessLog.debug("{} {} {} {}us", request.getMethod(), route, status, durationNanos / 1_000);
        if (request.getAttribute(ProblemHandler.CLIENT_ABORTED) != null) {
          observer.clientAborted(request.getMethod(), route);
        }
        // inside the span still: the latency histogram's exemplar names the request's trace
        observer.observe(request.getMethod(), route, status, durationNanos);
      } finally {
        try {
          trace.end(matched == null ? null : matched.toString(), status, failure);
        } finally {
          MDC.remove(MDC_REQUEST_ID);
          MDC.remove(MDC_CLIENT_IP);
          MDC.remove(BearerAuthentication.MDC_TENANT);
          MDC.remove(BearerAuthentication.MDC_SUBJECT);
        }
      }
    }
  }
}
