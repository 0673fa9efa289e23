package com.example.orders.adapters.messaging.inprocess;

import com.example.orders.adapters.messaging.ConsumerSettings;
import com.example.orders.adapters.messaging.Delivery;
import com.example.orders.adapters.messaging.Delivery.Verdict;
import com.example.orders.adapters.messaging.DeliveryObserver;
import com.example.orders.adapters.messaging.DeliveryOutcome;
import com.example.orders.adapters.messaging.EventTransport;
import com.example.orders.application.port.ParkedMessage;
import com.example.orders.adapters.messaging.cloudevents.CloudEventJson;
import com.example.orders.application.port.EventConsumer;
import com.example.orders.application.port.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link EventTransport} in memory: each consumer gets every published event of its types on
 * a virtual thread, at most the configured concurrency at a time; a failed attempt is scheduled again
 * after the policy's delay, and parked after the last one.
 */
public final class InProcessTransport implements EventTransport {

  private static final Logger log = LoggerFactory.getLogger(InProcessTransport.class);
  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

  private final ConsumerSettings settings;
  private final DeliveryObserver observer;
  private final Clock clock;
  private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor(
      Thread.ofPlatform().name("orders-in-process-retries").daemon().factory());
  private final Map<String, Subscriber> subscribers = new ConcurrentHashMap<>();
  private volatile boolean closing;

  public InProcessTransport(ConsumerSettings settings, DeliveryObserver observer, Clock clock) {
    this.settings = settings;
    this.observer = observer;
    this.clock = clock;
  }

  @Override
  public void start(List<EventConsumer> consumers) {
    for (EventConsumer consumer : consumers) {
      if (subscribers.putIfAbsent(consumer.name(), new Subscriber(consumer)) != null) {
        throw new IllegalArgumentException("two consumers are named " + consumer.name());
      }
    }
  }

  /** Hands each event to its consumers; an event nobody takes is confirmed all the same. */
  @Override
  public Set<UUID> publish(List<EventEnvelope> events) {
    if (closing) {
      throw new IllegalStateException("the in-process transport is closed");
    }
    for (EventEnvelope event : events) {
      byte[] body = CloudEventJson.write(event);
      subscribers.values().stream()
          .filter(subscriber -> subscriber.consumer.eventTypes().contains(event.type()))
          .forEach(subscriber -> subscriber.enqueue(new Message(event.id().toString(),
              event.type(), body), 1));
    }
    return events.stream().map(EventEnvelope::id).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public boolean isConnected() {
    return !closing;
  }

  @Override
  public List<ParkedMessage> parked(String consumer, int limit) {
    Subscriber subscriber = subscriber(consumer);
    synchronized (subscriber.parked) {
      return subscriber.parked.stream().limit(limit).map(Parked::message).toList();
    }
  }

  @Override
  public long parkedCount(String consumer) {
    Subscriber subscriber = subscriber(consumer);
    synchronized (subscriber.parked) {
      return subscriber.parked.size();
    }
  }

  @Override
  public int replay(String consumer, Optional<UUID> eventId) {
    Subscriber subscriber = subscriber(consumer);
    List<Parked> replayed = new ArrayList<>();
    synchronized (subscriber.parked) {
      Iterator<Parked> parked = subscriber.parked.iterator();
      while (parked.hasNext()) {
        Parked candidate = parked.next();
        if (eventId.isEmpty() || eventId.get().toString().equals(candidate.raw.id())) {
          parked.remove();
          replayed.add(candidate);
        }
      }
    }
    replayed.forEach(parked -> subscriber.enqueue(parked.raw, 1));
    return replayed.size();
  }

  /** Stops taking work and waits for running handlers; scheduled retries are dropped. */
  @Override
  public void close() {
    closing = true;
    delays.shutdownNow();
    handlers.shutdown();
    try {
      if (!handlers.awaitTermination(DRAIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("in-process handlers did not finish within {}", DRAIN_TIMEOUT);
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private Subscriber subscriber(String consumer) {
    Subscriber subscriber = subscribers.get(consumer);
    if (subscriber == null) {
      throw new IllegalArgumentException("no consumer is named " + consumer);
    }
    return subscriber;
  }

  /** A message as it travels: its id, type and CloudEvents bytes. */
  private record Message(String id, String type, byte[] body) {}

  private record Parked(Message raw, ParkedMessage message) {}

  /** One consumer's deliveries, retries and parked messages. */
  private final class Subscriber {

    final EventConsumer consumer;
    final Semaphore slots = new Semaphore(settings.concurrency());
    final List<Parked> parked = new ArrayList<>();

    Subscriber(EventConsumer consumer) {
      this.consumer = consumer;
    }

    void enqueue(Message message, int attempt) {
      try {
        handlers.execute(() -> deliver(message, attempt));
      } catch (RejectedExecutionException stopping) {
        log.debug("in-process transport stopping: a delivery to {} is dropped", consumer.name());
      }
    }

    private void deliver(Message message, int attempt) {
      slots.acquireUninterruptibly();
      long start = System.nanoTime();
      try {
        Verdict verdict = Delivery.deliver(consumer, message.body(), attempt, settings.retries(),
            settings.maxMessageBytes());
        DeliveryOutcome outcome = switch (verdict) {
          case Verdict.Done done -> DeliveryOutcome.OK;
          case Verdict.Retry retry -> {
            schedule(message, retry.attempt() + 1, retry.delay());
            yield DeliveryOutcome.RETRIED;
          }
          case Verdict.Park park -> {
            park(message, park);
            yield DeliveryOutcome.PARKED;
          }
        };
        observer.delivered(consumer.name(), outcome, System.nanoTime() - start);
      } finally {
        slots.release();
      }
    }

    private void schedule(Message message, int attempt, Duration delay) {
      try {
        delays.schedule(() -> enqueue(message, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException stopping) {
        log.debug("in-process transport stopping: a retry for {} is dropped", consumer.name());
      }
    }

    private void park(Message message, Verdict.Park park) {
      ParkedMessage parkedMessage = new ParkedMessage(consumer.name(), message.id(),
          message.type(), park.reason(), park.attempts(), clock.instant(),
          new String(message.body(), StandardCharsets.UTF_8));
      synchronized (parked) {
        parked.add(new Parked(message, parkedMessage));
      }
    }
  }
}
