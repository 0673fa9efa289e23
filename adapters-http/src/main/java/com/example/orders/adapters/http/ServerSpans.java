package com.example.orders.adapters.http;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * A {@link SpanKind#SERVER} span per request, by the stable HTTP semantic conventions: named
 * {@code GET /api/v1/orders/{id}} after the route template (never the raw path, which would make
 * every order a span name of its own), child of the caller's {@code traceparent} when it sent a
 * valid one. The span is the current context while the request is handled, so that the spans
 * of its database, cache and client calls are its children and the latency histogram's
 * exemplar names its trace.
 *
 * <p>Attributes are set only on a recorded span: a request the sampler drops costs the span's
 * ids and nothing more.
 */
final class ServerSpans implements RequestTracing {

  static final String INSTRUMENTATION_SCOPE = "com.example.orders.adapters.http";

  static final AttributeKey<String> HTTP_REQUEST_METHOD =
      AttributeKey.stringKey("http.request.method");
  static final AttributeKey<String> HTTP_REQUEST_METHOD_ORIGINAL =
      AttributeKey.stringKey("http.request.method_original");
  static final AttributeKey<String> HTTP_ROUTE = AttributeKey.stringKey("http.route");
  static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE =
      AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<String> URL_PATH = AttributeKey.stringKey("url.path");
  static final AttributeKey<String> URL_QUERY = AttributeKey.stringKey("url.query");
  static final AttributeKey<String> URL_SCHEME = AttributeKey.stringKey("url.scheme");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<String> CLIENT_ADDRESS = AttributeKey.stringKey("client.address");
  static final AttributeKey<String> USER_AGENT_ORIGINAL =
      AttributeKey.stringKey("user_agent.original");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  /** The methods the conventions name; any other is {@code _OTHER}, so a client cannot mint names. */
  private static final Set<String> KNOWN_METHODS = Set.of(
      "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");
  private static final String OTHER_METHOD = "_OTHER";
  /** The conventions' span name when the method is unknown. */
  private static final String OTHER_METHOD_SPAN_NAME = "HTTP";

  private final Tracer tracer;
  private final TextMapPropagator propagator;

  ServerSpans(OpenTelemetry telemetry) {
    this.tracer = telemetry.getTracer(INSTRUMENTATION_SCOPE);
    this.propagator = telemetry.getPropagators().getTextMapPropagator();
  }

  @Override
  public RequestTrace begin(HttpServletRequest request) {
    // a malformed traceparent extracts as nothing: the request starts a trace of its own
    Context parent = propagator.extract(Context.root(), request, RequestHeaders.INSTANCE);
    String method = request.getMethod();
    boolean known = KNOWN_METHODS.contains(method);
    Span span = tracer.spanBuilder(known ? method : OTHER_METHOD_SPAN_NAME)
        .setParent(parent)
        .setSpanKind(SpanKind.SERVER)
        .startSpan();
    if (span.isRecording()) {
      span.setAttribute(HTTP_REQUEST_METHOD, known ? method : OTHER_METHOD);
      if (!known) {
        span.setAttribute(HTTP_REQUEST_METHOD_ORIGINAL, method);
      }
      span.setAttribute(URL_PATH, request.getRequestURI());
      String query = request.getQueryString();
      if (query != null) {
        span.setAttribute(URL_QUERY, query);
      }
      span.setAttribute(URL_SCHEME, request.getScheme());
      span.setAttribute(SERVER_ADDRESS, request.getServerName());
      span.setAttribute(SERVER_PORT, request.getServerPort());
      span.setAttribute(CLIENT_ADDRESS, request.getRemoteAddr());
      String userAgent = request.getHeader("User-Agent");
      if (userAgent != null) {
        span.setAttribute(USER_AGENT_ORIGINAL, userAgent);
      }
    }
    Scope scope = parent.with(span).makeCurrent();
    TraceLogContext.enter(span.getSpanContext());
    return new Handled(span, scope, known ? method : OTHER_METHOD_SPAN_NAME);
  }

  /** A request in progress: its span, current on the request's thread until it ends. */
  private record Handled(Span span, Scope scope, String spanName) implements RequestTrace {

    @Override
    public void end(String route, int status, Throwable failure) {
      try {
        if (span.isRecording()) {
          if (route != null) {
            span.updateName(spanName + " " + route);
            span.setAttribute(HTTP_ROUTE, route);
          }
          span.setAttribute(HTTP_RESPONSE_STATUS_CODE, status);
          if (failure != null) {
            span.recordException(failure);
            span.setAttribute(ERROR_TYPE, failure.getClass().getName());
            span.setStatus(StatusCode.ERROR);
          } else if (status >= 500) {
            // a server span's 4xx is the client's mistake, not an error of this service's
            span.setAttribute(ERROR_TYPE, Integer.toString(status));
            span.setStatus(StatusCode.ERROR);
          }
        }
        span.end();
      } finally {
        scope.close();
        TraceLogContext.clear();
      }
    }
  }
}
