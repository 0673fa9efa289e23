package com.example.orders.bootstrap.events;

import com.example.orders.adapters.messaging.EventTransport;
import com.example.orders.adapters.messaging.relay.OutboxRelay;
import com.example.orders.application.port.EventConsumer;
import com.example.orders.bootstrap.chores.Periodic;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The relay, the consumers and the chores (inbox purge, parked-count samples) of a process that
 * runs workers. Starting starts the consumers (which connect in the background), the relay, then
 * the chores; stopping stops the chores, the relay (it publishes what is pending), then the
 * consumers (their running handlers finish).
 */
public final class BackgroundWork implements AutoCloseable {

  private final EventTransport transport;
  private final OutboxRelay relay;
  private final List<EventConsumer> consumers;
  private final List<Periodic> chores;

  public BackgroundWork(EventTransport transport, OutboxRelay relay, Set<EventConsumer> consumers,
      List<Periodic> chores) {
    this.transport = transport;
    this.relay = relay;
    this.chores = List.copyOf(chores);
    // sorted, so that queues are declared in the same order on every start
    this.consumers = consumers.stream().sorted(Comparator.comparing(EventConsumer::name)).toList();
  }

  public void start() {
    transport.start(consumers);
    relay.start();
    chores.forEach(Periodic::start);
  }

  @Override
  public void close() {
    chores.forEach(Periodic::close);
    try {
      relay.close();
    } finally {
      transport.close();
    }
  }
}
