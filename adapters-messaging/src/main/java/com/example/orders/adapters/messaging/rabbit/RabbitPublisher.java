package com.example.orders.adapters.messaging.rabbit;

import com.example.orders.adapters.messaging.MessagingTracing;
import com.example.orders.adapters.messaging.cloudevents.CloudEventJson;
import com.example.orders.application.port.DependencyUnavailableException;
import com.example.orders.application.port.EventEnvelope;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ShutdownSignalException;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Publishes batches on channels in confirm mode, one channel per publishing thread (the relay's
 * lanes), so that one lane's wait for its confirms never holds up another lane's batch: every
 * message of a batch is sent, then the broker's confirms are awaited together, which costs one
 * round trip per batch instead of one per message. A batch counts as published only when every
 * confirm is positive; a nack, a time-out or a lost channel sends the whole batch again later
 * (consumers drop the repeats).
 *
 * <p>Each message gets a PRODUCER span, child of the context stored with its event, that lasts
 * until the batch's confirms are in (or are not); its context travels in the message's headers.
 */
final class RabbitPublisher {

  private final BrokerConnection broker;
  private final Topology topology;
  private final Duration timeout;
  private final MessagingTracing tracing;
  /** Each publishing thread's confirm channel: confirms are awaited per channel. */
  private final Map<Thread, Channel> channels = new ConcurrentHashMap<>();

  RabbitPublisher(BrokerConnection broker, Topology topology, Duration timeout,
      MessagingTracing tracing) {
    this.broker = broker;
    this.topology = topology;
    this.timeout = timeout;
    this.tracing = tracing;
  }

  Set<UUID> publish(List<EventEnvelope> events) {
    if (events.isEmpty()) {
      return Set.of();
    }
    List<Span> spans = new ArrayList<>(events.size());
    try {
      Channel confirming = channel();
      String exchange = topology.eventsExchange();
      for (EventEnvelope event : events) {
        Span span = tracing.startPublish(event, exchange, BrokerConnection.SYSTEM);
        spans.add(span);
        confirming.basicPublish(exchange, event.type(), false,
            Headers.of(event, MessagingTracing.headersOf(span)), CloudEventJson.write(event));
      }
      if (!confirming.waitForConfirms(timeout.toMillis())) {
        spans.forEach(span -> span.setStatus(StatusCode.ERROR, "not confirmed"));
        return Set.of();
      }
      return events.stream().map(EventEnvelope::id).collect(Collectors.toUnmodifiableSet());
    } catch (IOException | ShutdownSignalException | TimeoutException lost) {
      spans.forEach(span -> MessagingTracing.failed(span, lost));
      throw new DependencyUnavailableException(BrokerConnection.DEPENDENCY, lost);
    } catch (InterruptedException interrupted) {
      spans.forEach(span -> MessagingTracing.failed(span, interrupted));
      Thread.currentThread().interrupt();
      throw new DependencyUnavailableException(BrokerConnection.DEPENDENCY, interrupted);
    } finally {
      spans.forEach(Span::end);
    }
  }

  /**
   * The calling thread's confirm channel; a new one when its last was closed by the broker (a
   * channel error is not recovered by amqp-client, unlike a lost connection).
   */
  private Channel channel() throws IOException {
    Thread publisher = Thread.currentThread();
    Channel channel = channels.get(publisher);
    if (channel != null && channel.isOpen()) {
      return channel;
    }
    if (channel != null && broker.isOpen()) {
      closeQuietly(channel);
      channels.remove(publisher);
      channel = null;
    }
    if (channel == null) {
      Channel fresh = broker.connection().createChannel();
      fresh.confirmSelect();
      topology.declareExchanges(fresh);
      channels.put(publisher, fresh);
      channel = fresh;
    }
    return channel;
  }

  private static void closeQuietly(Channel broken) {
    try {
      broken.abort();
    } catch (IOException alreadyClosed) {
      // it is being replaced because it is closed
    }
  }
}
