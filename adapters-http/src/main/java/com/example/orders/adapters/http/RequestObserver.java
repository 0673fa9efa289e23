package com.example.orders.adapters.http;

/**
 * Told about every finished request, once, e.g. to record RED metrics. Implementations must be fast
 * and thread-safe: they run on the request's thread after the response is written.
 */
public interface RequestObserver {

  /**
   * @param method the HTTP method, e.g. {@code GET}
   * @param route the matched route template such as {@code /api/v1/orders/{id}}, never the raw path
   *     (which would explode metric cardinality); {@code unmatched} when no route matched
   * @param status the response status
   * @param durationNanos from the request's arrival in the adapter to the end of its response
   */
  void observe(String method, String route, int status, long durationNanos);

  /**
   * The client broke off its request while sending the body, e.g. by closing the connection; told
   * before {@link #observe}, which reports the request as the {@code 400} it was answered with.
   * Counted apart: it is no failure of the service's, but many of them say something about the
   * network or the clients.
   */
  void clientAborted(String method, String route);

  /** Tells {@code first}, then {@code second}, of every request. */
  static RequestObserver both(RequestObserver first, RequestObserver second) {
    return new RequestObserver() {
      @Override
      public void observe(String method, String route, int status, long durationNanos) {
        first.observe(method, route, status, durationNanos);
        second.observe(method, route, status, durationNanos);
      }

      @Override
      public void clientAborted(String method, String route) {
        first.clientAborted(method, route);
        second.clientAborted(method, route);
      }
    };
  }
}
