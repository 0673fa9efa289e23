package com.example.orders.adapters.messaging.rabbit;

import com.example.orders.adapters.messaging.DeliveryObserver;
import com.example.orders.adapters.messaging.EventTransport;
import com.example.orders.adapters.messaging.MessagingTracing;
import com.example.orders.application.port.ParkedMessage;
import com.example.orders.application.port.DependencyUnavailableException;
import com.example.orders.application.port.EventConsumer;
import com.example.orders.application.port.EventEnvelope;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link EventTransport} on RabbitMQ. Starting does not wait for the broker: a background
 * thread connects (trying again every second), declares the topology and starts the consumers;
 * from then on amqp-client's recovery keeps them going across connection losses.
 */
public final class RabbitTransport implements EventTransport {

  private static final Logger log = LoggerFactory.getLogger(RabbitTransport.class);
  private static final Duration CONNECT_RETRY = Duration.ofSeconds(1);
  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

  private final RabbitSettings settings;
  private final Topology topology;
  private final BrokerConnection broker;
  private final RabbitPublisher publisher;
  private final DeliveryObserver observer;
  private final ParkedMessages parkedMessages;
  private final MessagingTracing tracing;
  private final CountDownLatch started = new CountDownLatch(1);
  private final List<RabbitConsumer.InFlight> inFlight = new ArrayList<>();
  private final List<Subscription> subscriptions = new ArrayList<>();
  private volatile boolean closing;
  private Thread connector;

  public RabbitTransport(RabbitSettings settings, DeliveryObserver observer) {
    this(settings, observer, MessagingTracing.none());
  }

  /** @param tracing the spans of publishing and of each delivery (ADR 0033) */
  public RabbitTransport(RabbitSettings settings, DeliveryObserver observer,
      MessagingTracing tracing) {
    this.settings = settings;
    this.tracing = tracing;
    this.topology = new Topology(settings.namePrefix());
    this.broker = new BrokerConnection(settings);
    this.publisher = new RabbitPublisher(broker, topology, settings.publishTimeout(), tracing);
    this.observer = observer;
    this.parkedMessages = new ParkedMessages(broker, topology, settings.publishTimeout());
  }

  public Topology topology() {
    return topology;
  }

  @Override
  public synchronized void start(List<EventConsumer> consumers) {
    if (connector != null) {
      throw new IllegalStateException("the transport is started already");
    }
    List<EventConsumer> toStart = List.copyOf(consumers);
    connector = Thread.ofVirtual().name("orders-broker-connector").start(() -> {
      while (!closing) {
        try {
          startConsumers(broker.connection(), toStart);
          started.countDown();
          return;
        } catch (DependencyUnavailableException | IOException notYet) {
          log.debug("consumers not started yet: {}", notYet.toString());
          sleep(CONNECT_RETRY);
        }
      }
    });
  }

  /** Waits until the consumers run; for tests and tools that need them before going on. */
  public boolean awaitStarted(Duration timeout) throws InterruptedException {
    return started.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  @Override
  public Set<UUID> publish(List<EventEnvelope> events) {
    return publisher.publish(events);
  }

  @Override
  public boolean isConnected() {
    return broker.isOpen();
  }

  @Override
  public List<ParkedMessage> parked(String consumer, int limit) {
    return parkedMessages.list(consumer, limit);
  }

  @Override
  public long parkedCount(String consumer) {
    return parkedMessages.count(consumer);
  }

  @Override
  public int replay(String consumer, Optional<UUID> eventId) {
    return parkedMessages.replay(consumer, eventId);
  }

  /**
   * Cancels the consumers (the broker stops delivering), waits for running handlers to finish
   * and settle their message, then closes the connection; unsettled messages return to the queue.
   */
  @Override
  public void close() {
    closing = true;
    Thread starting;
    synchronized (this) {
      starting = connector;
    }
    if (starting != null) {
      starting.interrupt();
    }
    List<Subscription> active;
    List<RabbitConsumer.InFlight> running;
    synchronized (subscriptions) {
      active = List.copyOf(subscriptions);
      running = List.copyOf(inFlight);
    }
    active.forEach(Subscription::cancel);
    try {
      for (RabbitConsumer.InFlight handlers : running) {
        if (!handlers.stopAndAwait(DRAIN_TIMEOUT)) {
          log.warn("a consumer's handlers did not finish within {}", DRAIN_TIMEOUT);
        }
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } finally {
      broker.close();
    }
  }

  private void startConsumers(Connection connection, List<EventConsumer> consumers)
      throws IOException {
    try (Channel declaring = connection.createChannel()) {
      topology.declareExchanges(declaring);
      for (EventConsumer consumer : consumers) {
        topology.declareConsumer(declaring, consumer, settings.consumers().retries());
      }
    } catch (TimeoutException slowClose) {
      log.debug("closing the declaring channel timed out: {}", slowClose.toString());
    }
    for (EventConsumer consumer : consumers) {
      RabbitConsumer.InFlight handlers = new RabbitConsumer.InFlight();
      for (int thread = 0; thread < settings.consumers().concurrency(); thread++) {
        Channel channel = connection.createChannel();
        channel.basicQos(settings.prefetch());
        channel.confirmSelect();
        String tag = channel.basicConsume(topology.queue(consumer.name()), false,
            new RabbitConsumer(channel, consumer, topology, settings, observer, handlers,
                tracing));
        synchronized (subscriptions) {
          subscriptions.add(new Subscription(channel, tag));
        }
      }
      synchronized (subscriptions) {
        inFlight.add(handlers);
      }
      log.atInfo().addKeyValue("consumer", consumer.name())
          .addKeyValue("queue", topology.queue(consumer.name()))
          .addKeyValue("concurrency", settings.consumers().concurrency())
          .log("consumer started");
    }
  }

  /** One consumer thread's channel and the tag the broker knows its consumer by. */
  private record Subscription(Channel channel, String tag) {

    void cancel() {
      try {
        channel.basicCancel(tag);
      } catch (IOException | RuntimeException alreadyGone) {
        log.debug("cancelling a consumer failed: {}", alreadyGone.toString());
      }
    }
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
