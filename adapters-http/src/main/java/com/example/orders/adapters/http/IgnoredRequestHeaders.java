package com.example.orders.adapters.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Hides from Javalin the request headers that would make it serve a request as something other than
 * what it is:
 *
 * <ul>
 *   <li>{@code X-HTTP-Method-Override}, with which Javalin routes a {@code GET} as the {@code POST}
 *       or {@code DELETE} the header names: a safe method must never change state, and a proxy or
 *       cache that sees a {@code GET} treats it as safe. The request is served as the method it was
 *       sent with; a change sent as {@code GET} meets {@code 405}.
 *   <li>{@code Sec-WebSocket-Version}, with which Javalin hands a request to its WebSocket routes,
 *       of which this service has none: the request is served as the plain HTTP request it also is,
 *       instead of a {@code 404} for a path that exists.
 * </ul>
 */
final class IgnoredRequestHeaders implements Filter {

  static final List<String> HEADERS = List.of("X-HTTP-Method-Override", "Sec-WebSocket-Version");

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    // wrapped only when such a header is there: every other request pays nothing
    boolean any = false;
    for (String header : HEADERS) {
      any |= request.getHeader(header) != null;
    }
    chain.doFilter(any ? new WithoutIgnored(request) : req, res);
  }

  private static boolean isIgnored(String name) {
    return HEADERS.stream().anyMatch(name::equalsIgnoreCase);
  }

  private static final class WithoutIgnored extends HttpServletRequestWrapper {

    WithoutIgnored(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getHeader(String name) {
      return isIgnored(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return isIgnored(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      return Collections.enumeration(
          Collections.list(super.getHeaderNames()).stream()
              .filter(name -> !isIgnored(name))
              .toList());
    }
  }
}
