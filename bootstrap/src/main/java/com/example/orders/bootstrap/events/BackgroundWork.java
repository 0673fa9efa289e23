package com.example.orders.bootstrap.events;

import com.example.orders.adapters.messaging.EventTransport;
import com.example.orders.adapters.messaging.relay.OutboxRelay;
import com.example.orders.application.port.EventConsumer;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The relay and the consumers of a process that runs workers. Starting starts the consumers
 * (which connect in the background) and then the relay; stopping stops the relay first (it
 * publishes what is pending), then the consumers (their running handlers finish).
 */
public final class BackgroundWork implements AutoCloseable {

  private final EventTransport transport;
  private final OutboxRelay relay;
  private final List<EventConsumer> consumers;

  public BackgroundWork(EventTransport transport, OutboxRelay relay, Set<EventConsumer> consumers) {
    this.transport = transport;
    this.relay = relay;
    // sorted, so that queues are declared in the same order on every start
    this.consumers = consumers.stream().sorted(Comparator.comparing(EventConsumer::name)).toList();
  }

  public void start() {
    transport.start(consumers);
    relay.start();
  }

  @Override
  public void close() {
    try {
      relay.close();
    } finally {
      transport.close();
    }
  }
}
