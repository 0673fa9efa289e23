package com.example.orders.adapters.messaging.rabbit;

import com.example.orders.adapters.messaging.cloudevents.CloudEventJson;
import com.example.orders.application.port.EventEnvelope;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.MessageProperties;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** The AMQP properties and headers of our messages, and reading them back. */
final class Headers {

  /** Which delivery of the message this is, from 1; absent on the first. */
  static final String ATTEMPT = "x-orders-attempt";
  /** Why the last attempt failed, on retried and parked messages. */
  static final String FAILURE_REASON = "x-orders-failure-reason";
  /** How many attempts failed before the message was parked. */
  static final String FAILURE_COUNT = "x-orders-failure-count";
  /** When it was parked, in epoch milliseconds. */
  static final String PARKED_AT = "x-orders-parked-at";

  private Headers() {}

  /**
   * A new event: persistent, typed, identified by the event id, with the W3C {@code
   * traceparent} (and {@code tracestate}) of the span that publishes it in {@code trace}.
   */
  static AMQP.BasicProperties of(EventEnvelope event, Map<String, Object> trace) {
    Map<String, Object> headers = new HashMap<>(trace);
    return MessageProperties.PERSISTENT_BASIC.builder()
        .headers(headers)
        .contentType(CloudEventJson.CONTENT_TYPE)
        .messageId(event.id().toString())
        .type(event.type())
        .timestamp(Date.from(event.occurredAt()))
        .appId("orders-service")
        .build();
  }

  /** The same message with {@code changes} to its headers, persistent. */
  static AMQP.BasicProperties with(AMQP.BasicProperties properties, Map<String, Object> changes) {
    Map<String, Object> headers = new HashMap<>();
    if (properties.getHeaders() != null) {
      headers.putAll(properties.getHeaders());
    }
    changes.forEach((name, value) -> {
      if (value == null) {
        headers.remove(name);
      } else {
        headers.put(name, value);
      }
    });
    return properties.builder().headers(headers).deliveryMode(2).build();
  }

  /** The attempt this delivery is, from 1. */
  static int attempt(AMQP.BasicProperties properties) {
    return (int) Math.max(1, number(properties, ATTEMPT, 1));
  }

  static long number(AMQP.BasicProperties properties, String header, long fallback) {
    Object value = properties.getHeaders() == null ? null : properties.getHeaders().get(header);
    return value instanceof Number number ? number.longValue() : fallback;
  }

  static String text(AMQP.BasicProperties properties, String header) {
    Object value = properties.getHeaders() == null ? null : properties.getHeaders().get(header);
    return value == null ? "" : value.toString();
  }

  static Instant parkedAt(AMQP.BasicProperties properties) {
    return Instant.ofEpochMilli(number(properties, PARKED_AT, 0));
  }
}
