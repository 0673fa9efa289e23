package com.example.orders.adapters.http;

/** One request's trace context, as {@link RequestTracing#begin} entered it. */
interface RequestTrace {

  /** Nothing to end: the request has no span, only the logging context. */
  RequestTrace UNTRACED = (route, status, failure) -> TraceLogContext.clear();

  /**
   * Records how the request went, ends its span and leaves its trace context.
   *
   * @param route the matched route template, or {@code null} when no route matched
   * @param status the response's status
   * @param failure what escaped the request's handling, or {@code null}
   */
  void end(String route, int status, Throwable failure);
}
