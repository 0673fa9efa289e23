package com.example.orders.adapters.messaging;

import com.example.orders.application.port.EventConsumer;
import com.example.orders.application.port.EventEnvelope;
import com.example.orders.application.port.ParkedMessages;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Carries events from the relay to the features' consumers: RabbitMQ, or in process in demo
 * mode. Both promise the same, and pass one contract suite: at-least-once delivery of every
 * confirmed event to every consumer of its type, retries with growing delays when a consumer
 * throws, and after the last attempt (or at once for a message that cannot be read) the message
 * parked with the reason and the number of attempts.
 */
public interface EventTransport extends ParkedMessages, AutoCloseable {

  /** Starts delivering to {@code consumers}, each on a queue of its own; call at most once. */
  void start(List<EventConsumer> consumers);

  /**
   * Sends the events durably and returns the ids the transport confirmed; the others (a nack, a
   * timeout) are to be sent again. Throws when the transport is unreachable.
   */
  Set<UUID> publish(List<EventEnvelope> events);

  /** Whether the transport is connected now (for readiness). */
  boolean isConnected();

  /** Stops delivering, letting handlers that are running finish; then disconnects. */
  @Override
  void close();
}
