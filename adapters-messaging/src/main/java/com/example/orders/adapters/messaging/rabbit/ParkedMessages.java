package com.example.orders.adapters.messaging.rabbit;

import com.example.orders.application.port.ParkedMessage;
import com.example.orders.application.port.DependencyUnavailableException;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

/**
 * Operations on the parking queues. Listing takes messages without acknowledging them and closes
 * the channel, which returns them all to the queue. Replaying takes each message, sends a copy to
 * the consumer's queue with the attempt count reset, and acknowledges the parked one once the
 * broker confirmed the copy; it stops at the first message parked after it began (one that
 * failed again), so a message that keeps failing is not replayed round and round. Messages that
 * are not replayed return to the queue when the channel closes.
 */
final class ParkedMessages {

  private static final int MAX_BODY_CHARS = 65_536;
  /** Messages one replay takes at most; another replay goes on from there. */
  private static final int MAX_REPLAY = 10_000;

  private final BrokerConnection broker;
  private final Topology topology;
  private final Duration timeout;

  ParkedMessages(BrokerConnection broker, Topology topology, Duration timeout) {
    this.broker = broker;
    this.topology = topology;
    this.timeout = timeout;
  }

  List<ParkedMessage> list(String consumer, int limit) {
    try (Channel channel = broker.connection().createChannel()) {
      List<ParkedMessage> parked = new ArrayList<>();
      GetResponse message;
      while (parked.size() < limit
          && (message = channel.basicGet(topology.parkedQueue(consumer), false)) != null) {
        parked.add(parkedMessage(consumer, message));
      }
      return parked;
    } catch (IOException | TimeoutException failure) {
      throw new DependencyUnavailableException(BrokerConnection.DEPENDENCY, failure);
    }
  }

  /** A passive declare: the broker's count of ready messages, without taking any. */
  long count(String consumer) {
    try (Channel channel = broker.connection().createChannel()) {
      return channel.queueDeclarePassive(topology.parkedQueue(consumer)).getMessageCount();
    } catch (IOException | TimeoutException failure) {
      throw new DependencyUnavailableException(BrokerConnection.DEPENDENCY, failure);
    }
  }

  int replay(String consumer, Optional<UUID> eventId) {
    try (Channel channel = broker.connection().createChannel()) {
      channel.confirmSelect();
      String parkedQueue = topology.parkedQueue(consumer);
      int replayed = 0;
      Instant began = Instant.now();
      // messages passed over stay unacknowledged, so each is taken once; closing returns them
      GetResponse message;
      for (int taken = 0;
          taken < MAX_REPLAY && (message = channel.basicGet(parkedQueue, false)) != null;
          taken++) {
        if (!Headers.parkedAt(message.getProps()).isBefore(began)) {
          // parked again since the replay began (it failed again): the rest are newer still
          break;
        }
        String messageId = Optional.ofNullable(message.getProps().getMessageId()).orElse("");
        if (eventId.isPresent() && !eventId.get().toString().equals(messageId)) {
          continue;
        }
        channel.basicPublish("", topology.queue(consumer), false,
            fresh(message.getProps()), message.getBody());
        channel.waitForConfirmsOrDie(timeout.toMillis());
        channel.basicAck(message.getEnvelope().getDeliveryTag(), false);
        replayed++;
      }
      return replayed;
    } catch (IOException | TimeoutException failure) {
      throw new DependencyUnavailableException(BrokerConnection.DEPENDENCY, failure);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new DependencyUnavailableException(BrokerConnection.DEPENDENCY, interrupted);
    }
  }

  /** The properties of a replayed message: as first published, with the failure forgotten. */
  private static AMQP.BasicProperties fresh(AMQP.BasicProperties parked) {
    Map<String, Object> cleared = new HashMap<>();
    cleared.put(Headers.ATTEMPT, null);
    cleared.put(Headers.FAILURE_REASON, null);
    cleared.put(Headers.FAILURE_COUNT, null);
    cleared.put(Headers.PARKED_AT, null);
    return Headers.with(parked, cleared);
  }

  private static ParkedMessage parkedMessage(String consumer, GetResponse message) {
    AMQP.BasicProperties properties = message.getProps();
    String body = new String(message.getBody(), StandardCharsets.UTF_8);
    String reason = Headers.text(properties, Headers.FAILURE_REASON);
    return new ParkedMessage(
        consumer,
        Optional.ofNullable(properties.getMessageId()).orElse(""),
        Optional.ofNullable(properties.getType()).orElse(""),
        // dead-lettered by the broker itself (delivery limit): it says so in x-death
        reason.isEmpty() ? "dead-lettered by the broker: " + deathReason(properties) : reason,
        (int) Headers.number(properties, Headers.FAILURE_COUNT, 0),
        Headers.parkedAt(properties),
        body.length() <= MAX_BODY_CHARS ? body : body.substring(0, MAX_BODY_CHARS));
  }

  private static String deathReason(AMQP.BasicProperties properties) {
    Object deaths = properties.getHeaders() == null ? null : properties.getHeaders().get("x-death");
    if (deaths instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof Map<?, ?> death) {
      return String.valueOf(death.get("reason"));
    }
    return "unknown";
  }
}
