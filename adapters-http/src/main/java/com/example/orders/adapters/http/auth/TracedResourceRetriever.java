package com.example.orders.adapters.http.auth;

import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.Resource;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nimbus's fetcher of the identity provider's documents (discovery, JWKS), each fetch in a
 * CLIENT span whose {@code traceparent} the request carries ({@link OutboundHttpTracing}).
 */
final class TracedResourceRetriever extends DefaultResourceRetriever {

  /** How the fetcher words a refusal: {@code HTTP 404: Not Found}. */
  private static final Pattern REFUSED = Pattern.compile("^HTTP (\\d{3}):");

  private final OutboundHttpTracing tracing;
  private final ThreadLocal<HttpURLConnection> opened = new ThreadLocal<>();

  TracedResourceRetriever(int connectTimeoutMillis, int readTimeoutMillis, int sizeLimitBytes,
      OutboundHttpTracing tracing) {
    super(connectTimeoutMillis, readTimeoutMillis, sizeLimitBytes);
    this.tracing = tracing;
  }

  @Override
  public Resource retrieveResource(URL url) throws IOException {
    Span span;
    try {
      span = tracing.start("GET", url.toURI());
    } catch (URISyntaxException notAUri) {
      return super.retrieveResource(url);
    }
    try (Scope scope = span.makeCurrent()) {
      Resource resource = super.retrieveResource(url);
      HttpURLConnection connection = opened.get();
      if (connection != null) {
        // the answer has been read: the status is at hand, asking costs no round trip
        OutboundHttpTracing.answered(span, connection.getResponseCode());
      }
      return resource;
    } catch (IOException failure) {
      Matcher refused = REFUSED.matcher(String.valueOf(failure.getMessage()));
      HttpURLConnection connection = opened.get();
      if (refused.find()) {
        OutboundHttpTracing.answered(span, Integer.parseInt(refused.group(1)));
      } else if (failure instanceof FileNotFoundException && connection != null) {
        // the JDK's word for a 404 or 410: the answer is in, its status costs no round trip
        OutboundHttpTracing.answered(span, connection.getResponseCode());
      } else {
        OutboundHttpTracing.failed(span, failure);
      }
      throw failure;
    } finally {
      opened.remove();
      span.end();
    }
  }

  @Override
  protected HttpURLConnection openHTTPConnection(URL url) throws IOException {
    HttpURLConnection connection = super.openHTTPConnection(url);
    OutboundHttpTracing.inject(Span.current(), connection::setRequestProperty);
    opened.set(connection);
    return connection;
  }
}
