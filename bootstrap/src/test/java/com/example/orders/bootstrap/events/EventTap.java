package com.example.orders.bootstrap.events;

import com.example.orders.adapters.messaging.testing.TestBroker;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.AMQP;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

/**
 * A quorum queue of the test's own, bound to the events exchange for every order event: counts
 * each message the relay published, by its message id (the event id), straight from the broker
 * (never through a proxy a test cuts). {@link #close} deletes the queue.
 */
public final class EventTap implements AutoCloseable {

  private final Channel channel;
  private final String queue;
  private final Map<UUID, Integer> received = new ConcurrentHashMap<>();

  private EventTap(Channel channel, String queue) {
    this.channel = channel;
    this.queue = queue;
  }

  /** Declares the tap (and the exchange, should the service not have done so yet) and reads. */
  public static EventTap open(TestBroker broker) throws IOException {
    Channel channel = broker.channel();
    String queue = broker.prefix() + "orders.test-tap";
    channel.exchangeDeclare(broker.topology().eventsExchange(), BuiltinExchangeType.TOPIC, true);
    channel.queueDeclare(queue, true, false, false, Map.of("x-queue-type", "quorum"));
    channel.queueBind(queue, broker.topology().eventsExchange(), "order.*");
    channel.basicQos(500);
    EventTap tap = new EventTap(channel, queue);
    channel.basicConsume(queue, false, new DefaultConsumer(channel) {
      @Override
      public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties,
          byte[] body) throws IOException {
        tap.received.merge(UUID.fromString(properties.getMessageId()), 1, Integer::sum);
        channel.basicAck(envelope.getDeliveryTag(), false);
      }
    });
    return tap;
  }

  /** The ids of the events published so far, each once however often it was published. */
  public Set<UUID> eventIds() {
    return Set.copyOf(received.keySet());
  }

  /** How many messages arrived in all, repeats included. */
  public int messages() {
    return received.values().stream().mapToInt(Integer::intValue).sum();
  }

  @Override
  public void close() throws IOException {
    try {
      channel.queueDelete(queue);
      channel.close();
    } catch (TimeoutException slowClose) {
      throw new IOException(slowClose);
    }
  }
}
