package com.example.orders.adapters.http;

import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;

/** How the W3C propagator reads a request's headers. */
enum RequestHeaders implements TextMapGetter<HttpServletRequest> {
  INSTANCE;

  @Override
  public Iterable<String> keys(HttpServletRequest request) {
    return Collections.list(request.getHeaderNames());
  }

  @Override
  public String get(HttpServletRequest request, String name) {
    return request == null ? null : request.getHeader(name);
  }
}
