package com.example.orders.adapters.messaging.testing;

import com.example.orders.adapters.messaging.ConsumerSettings;
import com.example.orders.adapters.messaging.DeliveryObserver;
import com.example.orders.adapters.messaging.RetryPolicy;
import com.example.orders.adapters.messaging.rabbit.RabbitSettings;
import com.example.orders.adapters.messaging.rabbit.RabbitTransport;
import com.example.orders.adapters.messaging.rabbit.Topology;
import com.example.orders.application.port.EventConsumer;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.MessageProperties;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

/**
 * The local RabbitMQ for tests, at {@code TEST_RABBITMQ_URL} (default {@code
 * amqp://guest:guest@127.0.0.1:5672/%2F}), with a random name prefix per instance so that test
 * classes never share an exchange or a queue; {@link #close} deletes what was declared under it.
 * When the broker is not reachable, creating one fails and says what to start.
 */
public final class TestBroker implements AutoCloseable {

  public static final String DEFAULT_URL = "amqp://guest:guest@127.0.0.1:5672/%2F";

  private final URI uri;
  private final String prefix;
  private final Connection connection;
  private final List<String> queues = new ArrayList<>();

  private TestBroker(URI uri, String prefix, Connection connection) {
    this.uri = uri;
    this.prefix = prefix;
    this.connection = connection;
  }

  public static TestBroker create() {
    String url = System.getenv().getOrDefault("TEST_RABBITMQ_URL", DEFAULT_URL);
    URI uri = URI.create(url);
    ConnectionFactory factory = new ConnectionFactory();
    try {
      factory.setUri(uri);
      factory.setAutomaticRecoveryEnabled(false);
      Connection connection = factory.newConnection("orders-tests");
      String prefix = "t" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT)
          + ".";
      return new TestBroker(uri, prefix, connection);
    } catch (IOException | TimeoutException | GeneralSecurityException failure) {
      throw new IllegalStateException("RabbitMQ is not reachable at " + url + " (" + failure
          + "). Start it: `rabbitmq-server -detached` on these machines, or `docker compose -f"
          + " deploy/compose.yaml up -d rabbitmq`, or point TEST_RABBITMQ_URL at one.", failure);
    }
  }

  public URI uri() {
    return uri;
  }

  public String prefix() {
    return prefix;
  }

  public Topology topology() {
    return new Topology(prefix);
  }

  /** Settings for the transport under test, with short retry delays. */
  public RabbitSettings settings(RetryPolicy retries) {
    return new RabbitSettings(uri, prefix, 50, Duration.ofSeconds(5), consumers(retries));
  }

  /** Settings with this broker's prefix but another address (a proxy in front of it). */
  public RabbitSettings settings(URI via, RetryPolicy retries) {
    return new RabbitSettings(via, prefix, 50, Duration.ofSeconds(5), consumers(retries));
  }

  /** Two handlers at once, messages up to 64 KiB. */
  public static ConsumerSettings consumers(RetryPolicy retries) {
    return new ConsumerSettings(2, retries, 64 * 1024);
  }

  /** A raw channel, for tests that publish or read behind the transport's back. */
  public Channel channel() throws IOException {
    return connection.createChannel();
  }

  /**
   * Puts messages straight on a queue, behind the transport's back, persistent and confirmed:
   * when this returns, the broker has taken every one of them (onto the queue, if it exists: the
   * default exchange drops what it cannot route).
   */
  public void publishConfirmed(String queue, byte[]... bodies)
      throws IOException, InterruptedException, TimeoutException {
    try (Channel channel = channel()) {
      channel.confirmSelect();
      for (byte[] body : bodies) {
        channel.basicPublish("", queue, MessageProperties.PERSISTENT_BASIC, body);
      }
      channel.waitForConfirmsOrDie(Duration.ofSeconds(10).toMillis());
    }
  }

  /**
   * A transport on this broker with {@code consumers} started and receiving; their queues are
   * deleted at {@link #close}. The caller closes the transport.
   */
  public RabbitTransport started(RetryPolicy retries, EventConsumer... consumers)
      throws InterruptedException {
    for (EventConsumer consumer : consumers) {
      deleteOnClose(consumer.name(), retries);
    }
    RabbitTransport transport = new RabbitTransport(settings(retries), DeliveryObserver.NONE);
    transport.start(List.of(consumers));
    if (!transport.awaitStarted(Duration.ofSeconds(20))) {
      transport.close();
      throw new IllegalStateException("the consumers did not start within 20 s");
    }
    return transport;
  }

  /** Remembers a consumer's queues for deletion at {@link #close}. */
  public void deleteOnClose(String consumer, RetryPolicy retries) {
    queues.addAll(topology().queues(consumer, retries));
  }

  /** How many messages wait in a queue. */
  public long messageCount(String queue) throws IOException {
    try (Channel channel = channel()) {
      return channel.queueDeclarePassive(queue).getMessageCount();
    } catch (TimeoutException slowClose) {
      throw new IOException(slowClose);
    }
  }

  @Override
  public void close() throws IOException {
    try (Channel channel = channel()) {
      for (String queue : queues) {
        channel.queueDelete(queue);
      }
      channel.exchangeDelete(topology().eventsExchange());
      channel.exchangeDelete(topology().deadLetterExchange());
    } catch (TimeoutException slowClose) {
      throw new IOException(slowClose);
    } finally {
      connection.close();
    }
  }
}
