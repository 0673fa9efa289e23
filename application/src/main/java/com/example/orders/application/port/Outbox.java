package com.example.orders.application.port;

import java.time.Instant;
import java.util.List;

/**
 * Events waiting to be published, of any feature. Appending joins the running transaction, so an
 * event is stored if and only if the change that caused it is; a relay publishes them later.
 */
public interface Outbox {

  void append(List<EventEnvelope> events);

  /**
   * Appends events that the relay publishes no earlier than {@code publishAfter} (and then as
   * soon as it polls): for background tasks with a delay.
   */
  void append(List<EventEnvelope> events, Instant publishAfter);
}
