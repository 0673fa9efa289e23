package com.example.orders.adapters.messaging.rabbit;

import com.example.orders.adapters.messaging.Delivery;
import com.example.orders.adapters.messaging.Delivery.Verdict;
import com.example.orders.adapters.messaging.DeliveryObserver;
import com.example.orders.adapters.messaging.DeliveryOutcome;
import com.example.orders.adapters.messaging.MessagingTracing;
import com.example.orders.application.port.EventConsumer;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One consumer thread: a channel with bounded prefetch and manual acknowledgements, reading the
 * consumer's queue. A message is acknowledged only after its fate is settled: handled, or a copy
 * confirmed in a delay queue or the parking queue. A failure to settle returns it to the queue
 * (the broker's delivery limit parks a message that keeps coming back).
 *
 * <p>Each delivery runs in a CONSUMER span, child of the context in the message's headers, so
 * that what the handler does (its SQL, the events and tasks it raises) joins the trace of the
 * change that published the message.
 */
final class RabbitConsumer extends DefaultConsumer {

  private static final Logger log = LoggerFactory.getLogger(RabbitConsumer.class);

  private final EventConsumer consumer;
  private final Topology topology;
  private final RabbitSettings settings;
  private final DeliveryObserver observer;
  private final InFlight inFlight;
  private final MessagingTracing tracing;

  RabbitConsumer(Channel channel, EventConsumer consumer, Topology topology,
      RabbitSettings settings, DeliveryObserver observer, InFlight inFlight,
      MessagingTracing tracing) {
    super(channel);
    this.tracing = tracing;
    this.consumer = consumer;
    this.topology = topology;
    this.settings = settings;
    this.observer = observer;
    this.inFlight = inFlight;
  }

  @Override
  public void handleDelivery(String consumerTag, Envelope envelope,
      AMQP.BasicProperties properties, byte[] body) throws IOException {
    if (!inFlight.enter()) {
      // stopping: leave it to the broker, which hands it to another consumer or to us on restart
      getChannel().basicNack(envelope.getDeliveryTag(), false, true);
      return;
    }
    long start = System.nanoTime();
    int attempt = Headers.attempt(properties);
    Span span = tracing.startProcess(consumer.name(), topology.queue(consumer.name()),
        properties.getHeaders(), properties.getMessageId(), attempt, body.length,
        BrokerConnection.SYSTEM);
    try (Scope scope = span.makeCurrent()) {
      Verdict verdict = Delivery.deliver(consumer, body, attempt,
          settings.consumers().retries(), settings.consumers().maxMessageBytes());
      DeliveryOutcome outcome = settle(verdict, properties, body);
      getChannel().basicAck(envelope.getDeliveryTag(), false);
      MessagingTracing.outcome(span, outcome);
      observer.delivered(consumer.name(), outcome, System.nanoTime() - start);
    } catch (IOException | TimeoutException | RuntimeException unsettled) {
      MessagingTracing.failed(span, unsettled);
      log.atWarn().addKeyValue("consumer", consumer.name())
          .log("could not settle a message, returning it to the queue: {}", unsettled.toString());
      if (getChannel().isOpen()) {
        getChannel().basicNack(envelope.getDeliveryTag(), false, true);
      }
    } catch (InterruptedException interrupted) {
      MessagingTracing.failed(span, interrupted);
      Thread.currentThread().interrupt();
      getChannel().basicNack(envelope.getDeliveryTag(), false, true);
    } finally {
      span.end();
      inFlight.leave();
    }
  }

  private DeliveryOutcome settle(Verdict verdict, AMQP.BasicProperties properties, byte[] body)
      throws IOException, InterruptedException, TimeoutException {
    return switch (verdict) {
      case Verdict.Done done -> DeliveryOutcome.OK;
      case Verdict.Retry retry -> {
        Map<String, Object> headers = new HashMap<>();
        headers.put(Headers.ATTEMPT, retry.attempt() + 1);
        headers.put(Headers.FAILURE_REASON, retry.reason());
        send("", topology.retryQueue(consumer.name(), retry.attempt()),
            Headers.with(properties, headers), body);
        yield DeliveryOutcome.RETRIED;
      }
      case Verdict.Park park -> {
        send(topology.deadLetterExchange(), consumer.name(),
            parked(properties, park.reason(), park.attempts()), body);
        yield DeliveryOutcome.PARKED;
      }
    };
  }

  static AMQP.BasicProperties parked(AMQP.BasicProperties properties, String reason,
      int attempts) {
    Map<String, Object> headers = new HashMap<>();
    headers.put(Headers.FAILURE_REASON, reason);
    headers.put(Headers.FAILURE_COUNT, attempts);
    headers.put(Headers.PARKED_AT, System.currentTimeMillis());
    headers.put(Headers.ATTEMPT, null);
    return Headers.with(properties, headers);
  }

  private void send(String exchange, String routingKey, AMQP.BasicProperties properties,
      byte[] body) throws IOException, InterruptedException, TimeoutException {
    getChannel().basicPublish(exchange, routingKey, false, properties, body);
    getChannel().waitForConfirmsOrDie(settings.publishTimeout().toMillis());
  }

  /** Handlers running on a consumer's channels, so that stopping can wait for them. */
  static final class InFlight {

    private int running; // guarded by this
    private boolean stopping; // guarded by this

    synchronized boolean enter() {
      if (stopping) {
        return false;
      }
      running++;
      return true;
    }

    synchronized void leave() {
      running--;
      notifyAll();
    }

    /** Refuses new deliveries and waits up to {@code timeout} for running ones to finish. */
    synchronized boolean stopAndAwait(Duration timeout) throws InterruptedException {
      stopping = true;
      long deadline = System.nanoTime() + timeout.toNanos();
      while (running > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        wait(Math.max(1, left / 1_000_000));
      }
      return true;
    }
  }
}
