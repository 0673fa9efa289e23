package com.example.orders.application.port;

import java.util.Set;

/**
 * A feature's reaction to published events: a transport delivers it every event of its types, at
 * least once and in no guaranteed order, retries it when {@link #consume} throws and sets it
 * aside (parks it) after the last attempt. So a consumer drops repeats by event id and tolerates
 * order by aggregate version.
 */
public interface EventConsumer {

  /** A stable lower-case name; transports name its queue after it. */
  String name();

  /** The event types it reacts to, e.g. {@code order.placed}. */
  Set<String> eventTypes();

  /** Reacts to one event; throwing asks for a later retry. */
  void consume(EventEnvelope event);

  /**
   * Told once the transport gave up on {@code event}: its last attempt failed with {@code
   * reason}, and it is being parked. Does nothing by default; must not throw.
   */
  default void gaveUp(EventEnvelope event, String reason) {}
}
