package com.example.orders.adapters.http.auth;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import java.net.URI;
import java.util.function.BiConsumer;

/**
 * CLIENT spans of the calls to the identity provider (ADR 0033): the JWKS and discovery
 * fetches, and token introspection. Named by the method, with {@code http.request.method},
 * {@code url.full} (scheme, host, port and path only: never user info or a query), {@code
 * server.address}, {@code server.port} and {@code http.response.status_code}; the request carries
 * the span's W3C {@code traceparent}, so the provider's own traces join ours. Neither the token,
 * nor the client's credentials, nor the answer is recorded.
 */
public final class OutboundHttpTracing {

  private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
  private static final AttributeKey<String> URL = AttributeKey.stringKey("url.full");
  private static final AttributeKey<String> ADDRESS = AttributeKey.stringKey("server.address");
  private static final AttributeKey<Long> PORT = AttributeKey.longKey("server.port");
  private static final AttributeKey<Long> STATUS =
      AttributeKey.longKey("http.response.status_code");
  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  private final Tracer tracer;

  public OutboundHttpTracing(OpenTelemetry telemetry) {
    this.tracer = telemetry.getTracer("com.example.orders.http-client");
  }

  /** The span of one call, child of the current context; not current. */
  public Span start(String method, URI uri) {
    int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    return tracer.spanBuilder(method)
        .setSpanKind(SpanKind.CLIENT)
        .setAttribute(METHOD, method)
        .setAttribute(URL, withoutSecrets(uri))
        .setAttribute(ADDRESS, uri.getHost())
        .setAttribute(PORT, (long) port)
        .startSpan();
  }

  /** Sets the W3C headers of {@code span}'s context on the outgoing request. */
  public static void inject(Span span, BiConsumer<String, String> header) {
    W3CTraceContextPropagator.getInstance().inject(Context.current().with(span), header,
        (setter, name, value) -> setter.accept(name, value));
  }

  /** Records the answer's status; a 4xx or 5xx marks the call failed (RFC 7662 answers 200). */
  public static void answered(Span span, int status) {
    span.setAttribute(STATUS, (long) status);
    if (status >= 400) {
      span.setStatus(StatusCode.ERROR);
      span.setAttribute(ERROR_TYPE, Integer.toString(status));
    }
  }

  /** Marks the call failed with the failure's type; its message may name hosts or data. */
  public static void failed(Span span, Throwable failure) {
    span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
    span.setAttribute(ERROR_TYPE, failure.getClass().getName());
  }

  /** Scheme, host, port and path: what identifies the endpoint, nothing a caller could hide in. */
  static String withoutSecrets(URI uri) {
    StringBuilder url = new StringBuilder().append(uri.getScheme()).append("://")
        .append(uri.getHost());
    if (uri.getPort() != -1) {
      url.append(':').append(uri.getPort());
    }
    return url.append(uri.getRawPath() == null ? "" : uri.getRawPath()).toString();
  }
}
