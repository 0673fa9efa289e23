package com.example.orders.adapters.messaging.rabbit;

import com.example.orders.adapters.messaging.ConsumerSettings;
import java.net.URI;
import java.net.URISyntaxException;
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

  public static final int DEFAULT_PREFETCH = 50;
  public static final int PREFETCH_MIN = 1;
  public static final int PREFETCH_MAX = 10_000;
  public static final Duration DEFAULT_PUBLISH_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration PUBLISH_TIMEOUT_MIN = Duration.ofMillis(100);
  public static final Duration PUBLISH_TIMEOUT_MAX = Duration.ofMinutes(1);

  private static final Pattern PREFIX = Pattern.compile("[a-z0-9._-]{0,40}");
  private static final Pattern PASSWORD = Pattern.compile("(//[^:/@]*:)[^@]*@");

  public RabbitSettings {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(namePrefix, "namePrefix");
    Objects.requireNonNull(publishTimeout, "publishTimeout");
    Objects.requireNonNull(consumers, "consumers");
    requireBrokerUri("uri", uri.toString());
    requireNamePrefix("namePrefix", namePrefix);
    if (prefetch < PREFETCH_MIN || prefetch > PREFETCH_MAX) {
      throw new IllegalArgumentException("prefetch must be " + PREFETCH_MIN + " to "
          + PREFETCH_MAX + ", was " + prefetch);
    }
    if (publishTimeout.compareTo(PUBLISH_TIMEOUT_MIN) < 0
        || publishTimeout.compareTo(PUBLISH_TIMEOUT_MAX) > 0) {
      throw new IllegalArgumentException("publishTimeout must be " + PUBLISH_TIMEOUT_MIN + " to "
          + PUBLISH_TIMEOUT_MAX + ", was " + publishTimeout);
    }
  }

  /**
   * The broker URI {@code value} of the setting {@code name}, if it is an {@code amqp://} or
   * {@code amqps://} URI with a host; the refusal never repeats the value (it holds a password).
   */
  public static URI requireBrokerUri(String name, String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("amqp") || scheme.equals("amqps")) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException malformed) {
      // refused below, without the value
    }
    throw new IllegalArgumentException(name + " must be an amqp:// or amqps:// URL with a host,"
        + " e.g. amqp://user:password@rabbitmq:5672/%2F");
  }

  /** The name prefix {@code value} of the setting {@code name}, if it is one. */
  public static String requireNamePrefix(String name, String value) {
    if (value == null || !PREFIX.matcher(value).matches()) {
      throw new IllegalArgumentException(
          name + " must be up to 40 of a-z, 0-9, '.', '_' and '-'");
    }
    return value;
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
