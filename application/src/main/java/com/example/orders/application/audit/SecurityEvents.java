package com.example.orders.application.audit;

/**
 * Where the request path reports security events. Recording never blocks and never fails the
 * request: the event is queued for a background writer, or dropped (and counted) when the queue
 * is full. Any feature that refuses requests (authentication, the rate limiter) calls it.
 */
@FunctionalInterface
public interface SecurityEvents {

  /** Records nothing; for tests and for auditing switched off. */
  SecurityEvents NONE = event -> { };

  void record(SecurityEvent event);
}
