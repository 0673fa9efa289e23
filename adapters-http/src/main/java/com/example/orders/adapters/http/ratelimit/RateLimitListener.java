package com.example.orders.adapters.http.ratelimit;

/**
 * Told about every call refused for its caller's budget, e.g. to count it or to record it as a
 * security event. Runs on the request's thread before the {@code 429} is written: implementations
 * must be fast and must not throw, and anything slow (a database write) belongs off that thread.
 */
@FunctionalInterface
public interface RateLimitListener {

  void rejected(RateLimitRejection rejection);

  /** Tells every one of {@code listeners}, in order. */
  static RateLimitListener all(Iterable<RateLimitListener> listeners) {
    return rejection -> listeners.forEach(listener -> listener.rejected(rejection));
  }
}
