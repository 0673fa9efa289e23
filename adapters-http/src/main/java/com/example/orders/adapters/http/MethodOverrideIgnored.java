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

/**
 * Hides {@code X-HTTP-Method-Override} from Javalin, which would otherwise route a {@code GET} as
 * the {@code POST} or {@code DELETE} the header names: a safe method must never change state, and a
 * proxy or cache that sees a {@code GET} treats it as safe. The request is served as the method it
 * was sent with; a change sent as {@code GET} meets {@code 405}.
 */
final class MethodOverrideIgnored implements Filter {

  static final String HEADER = "X-HTTP-Method-Override";

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    // wrapped only when the header is there: every other request pays nothing
    chain.doFilter(request.getHeader(HEADER) == null ? req : new WithoutOverride(request), res);
  }

  private static final class WithoutOverride extends HttpServletRequestWrapper {

    WithoutOverride(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getHeader(String name) {
      return HEADER.equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return HEADER.equalsIgnoreCase(name)
          ? Collections.emptyEnumeration()
          : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      return Collections.enumeration(
          Collections.list(super.getHeaderNames()).stream()
              .filter(name -> !HEADER.equalsIgnoreCase(name))
              .toList());
    }
  }
}
