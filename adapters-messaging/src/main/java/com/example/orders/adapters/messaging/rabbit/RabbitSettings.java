package com.example.orders.adapters.messaging.rabbit;

import com.example.orders.adapters.messaging.ConsumerSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach RabbitMQ and how to use it.
 *
 * @param uri an {@code amqp://} or {@code amqps://} URI with user, password, host, port, vhost
 * @param namePrefix put before every exchange and queue name (tests use a random one; empty in
 *     production)
 * @param prefetch unacknowledged messages one consumer channel holds at most
 * @param publishTimeout how long the relay waits for the broker's confirms of a batch
 * @param consumers concurrency, retries and message size of the consumers
 */
public record RabbitSettings(
    URI uri,
    String namePrefix,
    int prefetch,
    Duration publishTimeout,
    ConsumerSettings consumers) {

  private static final Pattern PREFIX = Pattern.compile("[a-z0-9._-]{0,40}");
  private static final Pattern PASSWORD = Pattern.compile("(//[^:/@]*:)[^@]*@");

  public RabbitSettings {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(namePrefix, "namePrefix");
    Objects.requireNonNull(publishTimeout, "publishTimeout");
    Objects.requireNonNull(consumers, "consumers");
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("amqp") || scheme.equals("amqps")) || uri.getHost() == null) {
      throw new IllegalArgumentException("the broker URI is amqp:// or amqps://, with a host");
    }
    if (!PREFIX.matcher(namePrefix).matches()) {
      throw new IllegalArgumentException("a name prefix is up to 40 of [a-z0-9._-]");
    }
    if (prefetch < 1 || prefetch > 10_000) {
      throw new IllegalArgumentException("the prefetch is from 1 to 10000");
    }
    if (publishTimeout.compareTo(Duration.ofMillis(100)) < 0) {
      throw new IllegalArgumentException("the publish time-out is at least 100ms");
    }
  }

  /** The URI with its password masked, safe to log. */
  public String maskedUri() {
    return PASSWORD.matcher(uri.toString()).replaceFirst("$1****@");
  }

  @Override
  public String toString() {
    return "RabbitSettings[uri=" + maskedUri() + ", namePrefix=" + namePrefix + ", prefetch="
        + prefetch + ", publishTimeout=" + publishTimeout + ", consumers=" + consumers + "]";
  }
}
