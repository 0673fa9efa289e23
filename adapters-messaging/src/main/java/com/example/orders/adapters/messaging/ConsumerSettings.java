package com.example.orders.adapters.messaging;

import java.util.Objects;

/**
 * How consumers take messages, on any transport. The bounds are public so that whoever reads
 * these settings from somewhere checks them by the same rules the constructor enforces.
 *
 * @param concurrency handlers of one consumer running at once (RabbitMQ: channels)
 * @param retries attempts and delays for a handler that fails
 * @param maxMessageBytes larger messages are parked unread
 */
public record ConsumerSettings(int concurrency, RetryPolicy retries, int maxMessageBytes) {

  public static final int DEFAULT_CONCURRENCY = 2;
  public static final int CONCURRENCY_MIN = 1;
  public static final int CONCURRENCY_MAX = 64;
  public static final int DEFAULT_MAX_MESSAGE_BYTES = 256 * 1024;
  public static final int MAX_MESSAGE_BYTES_MIN = 1024;
  public static final int MAX_MESSAGE_BYTES_MAX = 16 * 1024 * 1024;

  public ConsumerSettings {
    Objects.requireNonNull(retries, "retries");
    if (concurrency < CONCURRENCY_MIN || concurrency > CONCURRENCY_MAX) {
      throw new IllegalArgumentException("concurrency must be " + CONCURRENCY_MIN + " to "
          + CONCURRENCY_MAX + ", was " + concurrency);
    }
    if (maxMessageBytes < MAX_MESSAGE_BYTES_MIN || maxMessageBytes > MAX_MESSAGE_BYTES_MAX) {
      throw new IllegalArgumentException("maxMessageBytes must be " + MAX_MESSAGE_BYTES_MIN
          + " to " + MAX_MESSAGE_BYTES_MAX + ", was " + maxMessageBytes);
    }
  }
}
