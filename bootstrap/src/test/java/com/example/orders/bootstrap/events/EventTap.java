package com.example.orders.bootstrap.events;

import com.example.orders.adapters.messaging.testing.TestBroker;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A quorum queue of the test's own, bound to the events exchange for the routing keys of a
 * pattern: keeps each message the relay published, straight from the broker (never through a
 * proxy a test cuts). {@link #close} deletes the queue.
 */
public final class EventTap implements AutoCloseable {

  /** A message as the broker delivered it to the tap. */
  public record Message(String routingKey, AMQP.BasicProperties properties, byte[] body) {}

  private final Channel channel;
  private final String queue;
  private final List<Message> received = new CopyOnWriteArrayList<>();

  private EventTap(Channel channel, String queue) {
    this.channel = channel;
    this.queue = queue;
  }

  /** A tap for every order event ({@code order.*}). */
  public static EventTap open(TestBroker broker) throws IOException {
    return open(broker, "order.*");
  }

  /**
   * Declares the tap for {@code pattern}, a topic binding such as {@code task.*} (and the
   * exchange, should the service not have done so yet) and reads.
   */
  public static EventTap open(TestBroker broker, String pattern) throws IOException {
    Channel channel = broker.channel();
    String queue = broker.prefix() + "orders.test-tap." + pattern.replace('*', '_');
    channel.exchangeDeclare(broker.topology().eventsExchange(), BuiltinExchangeType.TOPIC, true);
    channel.queueDeclare(queue, true, false, false, Map.of("x-queue-type", "quorum"));
    channel.queueBind(queue, broker.topology().eventsExchange(), pattern);
    channel.basicQos(500);
    EventTap tap = new EventTap(channel, queue);
    channel.basicConsume(queue, false, new DefaultConsumer(channel) {
      @Override
      public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties,
          byte[] body) throws IOException {
        tap.received.add(new Message(envelope.getRoutingKey(), properties, body));
        channel.basicAck(envelope.getDeliveryTag(), false);
      }
    });
    return tap;
  }

  /** Every message so far, in the order of arrival, repeats included. */
  public List<Message> messages() {
    return List.copyOf(received);
  }

  /** The ids of the events published so far (the message ids), each once however often. */
  public Set<UUID> eventIds() {
    return received.stream().map(message -> UUID.fromString(message.properties().getMessageId()))
        .collect(Collectors.toUnmodifiableSet());
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
