package com.example.orders.application.task;

import com.example.orders.application.port.EventEnvelope;
import com.example.orders.domain.shared.TenantId;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A task as its handler receives it: the outbox event that carried it.
 *
 * @param envelope the event of type {@code task.<name>}; its id is the task's id, unique per
 *     enqueueing, and survives retries and redeliveries
 */
public record Task(EventEnvelope envelope) {

  /** The events that carry tasks are about the task itself, as an aggregate of this type. */
  public static final String AGGREGATE_TYPE = "task";
  private static final String TYPE_PREFIX = "task.";

  public Task {
    Objects.requireNonNull(envelope, "envelope");
    if (!envelope.type().startsWith(TYPE_PREFIX)) {
      throw new IllegalArgumentException("not a task: " + envelope.type());
    }
  }

  /** The event type that carries tasks of this name. */
  public static String eventType(String name) {
    return TYPE_PREFIX + TaskRequest.requireName(name);
  }

  public UUID id() {
    return envelope.id();
  }

  public String name() {
    return envelope.type().substring(TYPE_PREFIX.length());
  }

  public TenantId tenant() {
    return envelope.tenant();
  }

  public Map<String, Object> payload() {
    return envelope.payload();
  }

  /** A payload field that must be a string; a task without it is malformed. */
  public String text(String field) {
    if (payload().get(field) instanceof String text) {
      return text;
    }
    throw new MalformedTaskException("task " + name() + " needs the text field " + field);
  }
}
