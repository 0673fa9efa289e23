package com.example.orders.adapters.messaging.rabbit;

import com.example.orders.adapters.messaging.RetryPolicy;
import com.example.orders.application.port.EventConsumer;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The exchanges and queues, named and declared idempotently (declaring what exists with the same
 * arguments is a no-op; with other arguments the broker refuses, which stops a start that would
 * silently run on a different topology). All queues are quorum queues: replicated, durable, and
 * at-least-once in their dead-lettering.
 *
 * <pre>
 *  relay --publish(routing key = event type)--> {p}orders.events (topic)
 *     --binding per type--> {p}orders.{consumer}            (quorum; consumers read here)
 *  failed attempt n: consumer --default exchange--> {p}orders.{consumer}.retry.{n}
 *     (quorum, message TTL = delay n) --expired, dead-lettered to the default exchange-->
 *     {p}orders.{consumer}
 *  last attempt failed, unreadable, or over the delivery limit:
 *     --> {p}orders.dead-letter (direct, routing key = consumer) --> {p}orders.{consumer}.parked
 * </pre>
 */
public final class Topology {

  /** Redeliveries of one message (a consumer crashing on it) after which the broker parks it. */
  static final int DELIVERY_LIMIT = 20;

  private final String prefix;

  public Topology(String prefix) {
    this.prefix = prefix;
  }

  public String eventsExchange() {
    return prefix + "orders.events";
  }

  public String deadLetterExchange() {
    return prefix + "orders.dead-letter";
  }

  public String queue(String consumer) {
    return prefix + "orders." + consumer;
  }

  public String retryQueue(String consumer, int attempt) {
    return queue(consumer) + ".retry." + attempt;
  }

  public String parkedQueue(String consumer) {
    return queue(consumer) + ".parked";
  }

  /** Every queue of a consumer, for tests and tools that clean up. */
  public List<String> queues(String consumer, RetryPolicy retries) {
    List<String> names = new ArrayList<>();
    names.add(queue(consumer));
    names.add(parkedQueue(consumer));
    for (int attempt = 1; attempt < retries.maxAttempts(); attempt++) {
      names.add(retryQueue(consumer, attempt));
    }
    return names;
  }

  /** The exchanges every role needs: the relay publishes to one, consumers park to the other. */
  void declareExchanges(Channel channel) throws IOException {
    channel.exchangeDeclare(eventsExchange(), BuiltinExchangeType.TOPIC, true);
    channel.exchangeDeclare(deadLetterExchange(), BuiltinExchangeType.DIRECT, true);
  }

  /** A consumer's queue, bound to its event types, with its delay queues and parking queue. */
  void declareConsumer(Channel channel, EventConsumer consumer, RetryPolicy retries)
      throws IOException {
    String name = consumer.name();
    channel.queueDeclare(queue(name), true, false, false, Map.of(
        "x-queue-type", "quorum",
        "x-delivery-limit", DELIVERY_LIMIT,
        "x-dead-letter-exchange", deadLetterExchange(),
        "x-dead-letter-routing-key", name,
        "x-dead-letter-strategy", "at-least-once",
        "x-overflow", "reject-publish"));
    for (String type : consumer.eventTypes().stream().sorted().toList()) {
      channel.queueBind(queue(name), eventsExchange(), type);
    }
    List<Duration> delays = retries.delays();
    for (int attempt = 1; attempt <= delays.size(); attempt++) {
      channel.queueDeclare(retryQueue(name, attempt), true, false, false, Map.of(
          "x-queue-type", "quorum",
          "x-message-ttl", delays.get(attempt - 1).toMillis(),
          "x-dead-letter-exchange", "",
          "x-dead-letter-routing-key", queue(name),
          "x-dead-letter-strategy", "at-least-once",
          "x-overflow", "reject-publish"));
    }
    channel.queueDeclare(parkedQueue(name), true, false, false, Map.of("x-queue-type", "quorum"));
    channel.queueBind(parkedQueue(name), deadLetterExchange(), name);
  }
}
