package com.example.orders.adapters.cache.redis;

import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Listens on the invalidation channel on a connection of its own, for as long as it runs:
 * reconnects after any failure (waiting longer each time, up to {@link #MAX_BACKOFF}), and says
 * when it is connected and when it is not, since an instance that may have missed messages must
 * forget what it keeps in memory.
 */
final class InvalidationSubscriber implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(InvalidationSubscriber.class);
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(50);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);

  private final HostAndPort address;
  private final JedisClientConfig config;
  private final String channel;
  private final Consumer<String> onMessage;
  private final Runnable onConnectionChange;
  private final Listener listener = new Listener();
  private final Thread thread;
  private volatile boolean connected;
  private volatile boolean closed;
  private volatile Jedis connection;
  private volatile boolean lossReported;

  InvalidationSubscriber(HostAndPort address, JedisClientConfig config, String channel,
      Consumer<String> onMessage, Runnable onConnectionChange) {
    this.address = address;
    this.config = config;
    this.channel = channel;
    this.onMessage = onMessage;
    this.onConnectionChange = onConnectionChange;
    this.thread = Thread.ofPlatform().daemon().name("orders-cache-invalidations")
        .unstarted(this::run);
  }

  void start() {
    thread.start();
  }

  /** Whether messages published now will reach this instance. */
  boolean connected() {
    return connected;
  }

  @Override
  public void close() {
    closed = true;
    Jedis current = connection;
    if (current != null) {
      // closing the socket ends the blocking subscribe at once, whatever state Redis is in
      current.disconnect();
    }
    thread.interrupt();
    try {
      thread.join(Duration.ofSeconds(2));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    Duration backoff = FIRST_BACKOFF;
    while (!closed) {
      try (Jedis jedis = new Jedis(address, config)) {
        connection = jedis;
        if (closed) {
          return;
        }
        jedis.subscribe(listener, channel);
      } catch (JedisException failure) {
        if (!closed && !lossReported) {
          log.atWarn().addKeyValue("error", failure.getClass().getSimpleName())
              .log("cache invalidation subscription lost; retrying in the background");
          lossReported = true;
        }
      } finally {
        connection = null;
        if (connected) {
          connected = false;
          onConnectionChange.run();
        }
      }
      if (listener.subscribedOnce) {
        listener.subscribedOnce = false;
        backoff = FIRST_BACKOFF;
      }
      if (!pause(backoff)) {
        return;
      }
      backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0
          ? MAX_BACKOFF
          : backoff.multipliedBy(2);
    }
  }

  private boolean pause(Duration backoff) {
    try {
      Thread.sleep(backoff);
      return !closed;
    } catch (InterruptedException interrupted) {
      return false;
    }
  }

  private final class Listener extends JedisPubSub {
    volatile boolean subscribedOnce;

    @Override
    public void onSubscribe(String subscribed, int count) {
      subscribedOnce = true;
      connected = true;
      if (lossReported) {
        lossReported = false;
        log.info("cache invalidation subscription restored");
      }
      onConnectionChange.run();
    }

    @Override
    public void onMessage(String from, String message) {
      onMessage.accept(message);
    }
  }
}
