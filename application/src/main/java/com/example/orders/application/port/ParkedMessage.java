package com.example.orders.application.port;

import java.time.Instant;
import java.util.Objects;

/**
 * A message set aside for an operator: it failed every attempt, or could not be read at all.
 *
 * @param consumer whose queue it was parked from
 * @param messageId the message id (the event id for events), or empty when it had none
 * @param type the event type, or empty when unknown
 * @param reason why the last attempt failed, safe to show (no payload values)
 * @param attempts how many times it was handed to the consumer (0: never readable)
 * @param parkedAt when it was parked
 * @param body the message as received, for inspection
 */
public record ParkedMessage(
    String consumer,
    String messageId,
    String type,
    String reason,
    int attempts,
    Instant parkedAt,
    String body) {

  public ParkedMessage {
    Objects.requireNonNull(consumer, "consumer");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(parkedAt, "parkedAt");
    Objects.requireNonNull(body, "body");
  }
}
