package com.example.orders.adapters.messaging;

import java.util.Objects;

/**
 * How consumers take messages, on any transport.
 *
 * @param concurrency handlers of one consumer running at once (RabbitMQ: channels)
 * @param retries attempts and delays for a handler that fails
 * @param maxMessageBytes larger messages are parked unread
 */
public record ConsumerSettings(int concurrency, RetryPolicy retries, int maxMessageBytes) {

  public ConsumerSettings {
    Objects.requireNonNull(retries, "retries");
    if (concurrency < 1 || concurrency > 64) {
      throw new IllegalArgumentException("the concurrency is from 1 to 64");
    }
    if (maxMessageBytes < 1_024) {
      throw new IllegalArgumentException("messages of at least 1 KiB are accepted");
    }
  }
}
