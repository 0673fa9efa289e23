package com.example.orders.adapters.http;

import java.util.Optional;
import org.slf4j.MDC;

/**
 * What the running request's thread knows about it, as {@link RequestTracking} keeps it for the
 * request's duration: its id and the client's address. Empty outside a request.
 */
public final class RequestContext {

  private RequestContext() {}

  public static Optional<String> requestId() {
    return Optional.ofNullable(MDC.get(RequestTracking.MDC_REQUEST_ID));
  }

  /** The address the request came from (the socket's peer). */
  public static Optional<String> clientIp() {
    return Optional.ofNullable(MDC.get(RequestTracking.MDC_CLIENT_IP));
  }
}
