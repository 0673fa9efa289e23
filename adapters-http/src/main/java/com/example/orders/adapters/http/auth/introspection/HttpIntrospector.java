package com.example.orders.adapters.http.auth.introspection;

import com.example.orders.adapters.http.auth.OutboundHttpTracing;
import com.example.orders.application.port.DependencyUnavailableException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * RFC 7662 over HTTP: {@code POST} of the token as a form to the introspection endpoint,
 * authenticated with the client credentials by HTTP Basic (RFC 6749, section 2.3.1: id and
 * secret form-encoded first), bounded by {@link IntrospectionSettings#timeout()}. Any failure to
 * get a well-formed answer, a refusal of our credentials included, is the dependency being
 * unavailable: the caller's token was not judged, so the caller gets {@code 503}, not {@code 401}.
 * Each call is a CLIENT span, whose {@code traceparent} the request carries (ADR 0033).
 */
public final class HttpIntrospector implements Introspector {

  /** How breakers, metrics and problems name the authorization server, as for the JWKS. */
  public static final String DEPENDENCY = "identity-provider";

  /** Far above any introspection answer; a larger one is not read to the end. */
  static final int MAX_RESPONSE_BYTES = 64 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final IntrospectionSettings settings;
  private final String authorization;
  private final HttpClient http;
  private final OutboundHttpTracing tracing;

  public HttpIntrospector(IntrospectionSettings settings) {
    this(settings, OpenTelemetry.noop());
  }

  public HttpIntrospector(IntrospectionSettings settings, OpenTelemetry telemetry) {
    this.settings = settings;
    this.tracing = new OutboundHttpTracing(telemetry);
    this.authorization = "Basic " + Base64.getEncoder().encodeToString(
        (formEncoded(settings.clientId()) + ":" + formEncoded(settings.clientSecret()))
            .getBytes(StandardCharsets.UTF_8));
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(settings.timeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  @Override
  public Introspection introspect(String token) {
    Span span = tracing.start("POST", settings.endpoint());
    try (Scope scope = span.makeCurrent()) {
      return introspect(token, span);
    } catch (RuntimeException failure) {
      if (!(failure.getCause() instanceof HttpStatusException)) {
        OutboundHttpTracing.failed(span, failure.getCause() != null ? failure.getCause() : failure);
      }
      throw failure;
    } finally {
      span.end();
    }
  }

  private Introspection introspect(String token, Span span) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(settings.endpoint());
    OutboundHttpTracing.inject(span, builder::header);
    HttpRequest request = builder
        .timeout(settings.timeout())
        .header("Authorization", authorization)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            "token=" + formEncoded(token) + "&token_type_hint=access_token"))
        .build();
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      OutboundHttpTracing.answered(span, response.statusCode());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw unavailable(new HttpStatusException("the introspection endpoint answered "
              + response.statusCode() + (response.statusCode() == 401
                  ? " (are the client id and secret right?)" : "")));
        }
        byte[] bytes = body.readNBytes(MAX_RESPONSE_BYTES + 1);
        if (bytes.length > MAX_RESPONSE_BYTES) {
          throw unavailable(new IOException("the introspection answer exceeds "
              + MAX_RESPONSE_BYTES + " bytes"));
        }
        return new Introspection(JSON.readTree(bytes));
      }
    } catch (IOException | IllegalArgumentException failed) {
      // unreachable, timed out (HttpTimeoutException), cut off, or not an RFC 7662 answer
      throw unavailable(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw unavailable(interrupted);
    }
  }

  /** The endpoint answered, with a status other than 200: the span has recorded it. */
  private static final class HttpStatusException extends IOException {
    HttpStatusException(String message) {
      super(message);
    }
  }

  private static DependencyUnavailableException unavailable(Exception cause) {
    return new DependencyUnavailableException(DEPENDENCY, cause);
  }

  private static String formEncoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
