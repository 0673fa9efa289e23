package com.example.orders.application.port;

import com.example.orders.domain.shared.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One event as the outbox stores it and the broker carries it, whatever feature raised it: the
 * outbox, the relay and the consumers handle envelopes and never look inside a payload.
 *
 * @param id unique per event; it becomes the message id, by which consumers drop redeliveries
 * @param type a stable dotted name used on the wire and as routing key, e.g. {@code order.placed}
 * @param aggregateType the kind of thing the event is about, e.g. {@code order}
 * @param aggregateId which one of them
 * @param tenant who owns it
 * @param version the aggregate's version after the event; consumers order by it
 * @param occurredAt when it happened
 * @param schemaVersion the version of the payload's schema for this type, from 1
 * @param payload the event's own fields as a JSON-like tree: strings, numbers ({@code Long},
 *     {@code Integer}), booleans, lists and maps with string keys; never personal data
 * @param traceParent the W3C {@code traceparent} of the work that raised the event, or empty:
 *     the use cases leave it empty, and the outbox fills in the trace of the running request
 */
public record EventEnvelope(
    UUID id,
    String type,
    String aggregateType,
    UUID aggregateId,
    TenantId tenant,
    long version,
    Instant occurredAt,
    int schemaVersion,
    Map<String, Object> payload,
    String traceParent) {

  /** Lower-case words joined by dots: safe as an AMQP routing key and a CloudEvents type. */
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");
  private static final Pattern TRACE_PARENT =
      Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

  public EventEnvelope {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(aggregateId, "aggregateId");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(occurredAt, "occurredAt");
    requireName(type, "type");
    requireName(aggregateType, "aggregateType");
    if (version < 1) {
      throw new IllegalArgumentException("an aggregate version starts at 1");
    }
    if (schemaVersion < 1) {
      throw new IllegalArgumentException("a schema version starts at 1");
    }
    payload = immutableTree(Objects.requireNonNull(payload, "payload"));
    Objects.requireNonNull(traceParent, "traceParent");
    if (!traceParent.isEmpty() && !isTraceParent(traceParent)) {
      throw new IllegalArgumentException("traceParent must be a W3C traceparent or empty");
    }
  }

  /** An event raised outside any trace. */
  public EventEnvelope(UUID id, String type, String aggregateType, UUID aggregateId,
      TenantId tenant, long version, Instant occurredAt, int schemaVersion,
      Map<String, Object> payload) {
    this(id, type, aggregateType, aggregateId, tenant, version, occurredAt, schemaVersion,
        payload, "");
  }

  /** The same event, raised within the trace {@code traceParent} (empty: none). */
  public EventEnvelope withTraceParent(String traceParent) {
    return new EventEnvelope(id, type, aggregateType, aggregateId, tenant, version, occurredAt,
        schemaVersion, payload, traceParent);
  }

  /** Whether {@code text} is a W3C {@code traceparent} value. */
  public static boolean isTraceParent(String text) {
    return TRACE_PARENT.matcher(text).matches();
  }

  /** Whether it was raised within a trace. */
  public boolean hasTraceParent() {
    return !traceParent.isEmpty();
  }

  private static void requireName(String name, String what) {
    if (name == null || name.length() > 100 || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          what + " must be lower-case words joined by dots, e.g. order.placed");
    }
  }

  private static Map<String, Object> immutableTree(Map<?, ?> tree) {
    Map<String, Object> copy = new LinkedHashMap<>();
    tree.forEach((key, value) -> {
      if (!(key instanceof String name)) {
        throw new IllegalArgumentException("payload keys are strings");
      }
      copy.put(name, immutableValue(value));
    });
    return Collections.unmodifiableMap(copy);
  }

  private static Object immutableValue(Object value) {
    return switch (value) {
      case String text -> text;
      case Long number -> number;
      case Integer number -> number;
      case Boolean flag -> flag;
      case Map<?, ?> map -> immutableTree(map);
      case List<?> list -> {
        List<Object> copy = new ArrayList<>(list.size());
        list.forEach(element -> copy.add(immutableValue(element)));
        yield Collections.unmodifiableList(copy);
      }
      case null -> throw new IllegalArgumentException("a payload holds no null values");
      default -> throw new IllegalArgumentException(
          "a payload holds strings, whole numbers, booleans, lists and maps, not "
              + value.getClass().getSimpleName());
    };
  }
}
