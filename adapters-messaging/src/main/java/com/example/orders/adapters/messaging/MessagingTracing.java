package com.example.orders.adapters.messaging;

import com.example.orders.application.port.EventEnvelope;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.HashMap;
import java.util.Map;

/**
 * Spans of the way an event travels (ADR 0033): a PRODUCER span per message the relay publishes,
 * child of the context stored with the event in the outbox (so the trace continues from the
 * request that raised it, across the commit), whose context goes out in the message's W3C
 * {@code traceparent}/{@code tracestate} headers; a CONSUMER span per delivery, child of the
 * context in those headers; an INTERNAL span per task run. Attributes follow the messaging
 * semantic conventions and name no tenant and no payload field.
 *
 * <p>The format on the wire is W3C trace context whatever propagators the SDK is configured
 * with: it is part of the message contract (AsyncAPI), not a deployment choice.
 */
public final class MessagingTracing {

  static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
  static final AttributeKey<String> OPERATION_NAME =
      AttributeKey.stringKey("messaging.operation.name");
  static final AttributeKey<String> OPERATION_TYPE =
      AttributeKey.stringKey("messaging.operation.type");
  static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
  static final AttributeKey<String> ROUTING_KEY =
      AttributeKey.stringKey("messaging.rabbitmq.destination.routing_key");
  static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
  static final AttributeKey<String> CONSUMER_GROUP =
      AttributeKey.stringKey("messaging.consumer.group.name");
  static final AttributeKey<Long> BODY_SIZE = AttributeKey.longKey("messaging.message.body.size");
  static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");
  static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("orders.delivery.outcome");
  static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("orders.delivery.attempt");
  static final AttributeKey<String> TASK_NAME = AttributeKey.stringKey("orders.task.name");
  static final AttributeKey<String> TASK_ID = AttributeKey.stringKey("orders.task.id");

  private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
  private static final TextMapSetter<Map<String, Object>> HEADER_SETTER = Map::put;
  private static final TextMapSetter<String[]> TRACEPARENT_SETTER = (carrier, key, value) -> {
    if ("traceparent".equals(key)) {
      carrier[0] = value;
    }
  };
  private static final TextMapGetter<Map<String, ?>> HEADER_GETTER = new TextMapGetter<>() {
    @Override
    public Iterable<String> keys(Map<String, ?> carrier) {
      return carrier.keySet();
    }

    @Override
    public String get(Map<String, ?> carrier, String key) {
      // amqp-client hands strings back as LongString
      Object value = carrier == null ? null : carrier.get(key);
      return value == null ? null : value.toString();
    }
  };
  private static final MessagingTracing NONE = new MessagingTracing(OpenTelemetry.noop());

  private final Tracer tracer;

  public MessagingTracing(OpenTelemetry telemetry) {
    this.tracer = telemetry.getTracer("com.example.orders.messaging");
  }

  /** No spans; contexts still travel, so traces of a traced peer are not broken. */
  public static MessagingTracing none() {
    return NONE;
  }

  /**
   * The PRODUCER span of one message, child of the context stored with {@code event} (a new
   * trace when it has none); not current: the caller ends it once the broker confirmed.
   */
  public Span startPublish(EventEnvelope event, String exchange, String system) {
    return tracer.spanBuilder("publish " + exchange)
        .setSpanKind(SpanKind.PRODUCER)
        .setParent(storedContext(event))
        .setAttribute(SYSTEM, system)
        .setAttribute(OPERATION_NAME, "publish")
        .setAttribute(OPERATION_TYPE, "send")
        .setAttribute(DESTINATION, exchange)
        .setAttribute(ROUTING_KEY, event.type())
        .setAttribute(MESSAGE_ID, event.id().toString())
        .setAttribute(EVENT_TYPE, event.type())
        .startSpan();
  }

  /** The W3C headers that carry {@code span}'s context to the consumer. */
  public static Map<String, Object> headersOf(Span span) {
    Map<String, Object> headers = new HashMap<>(2);
    W3C.inject(Context.root().with(span), headers, HEADER_SETTER);
    return headers;
  }

  /** {@code span}'s context as a W3C {@code traceparent}; empty when it has none. */
  public static String traceParentOf(Span span) {
    String[] traceParent = {""};
    W3C.inject(Context.root().with(span), traceParent, TRACEPARENT_SETTER);
    return traceParent[0];
  }

  /**
   * The CONSUMER span of one delivery to {@code consumer}, child of the context in {@code
   * headers} (a new trace when they carry none); the caller makes it current around the handler.
   */
  public Span startProcess(String consumer, String queue, Map<String, ?> headers,
      String messageId, int attempt, long bodySize, String system) {
    Context parent = headers == null ? Context.root()
        : W3C.extract(Context.root(), headers, HEADER_GETTER);
    var builder = tracer.spanBuilder("process " + queue)
        .setSpanKind(SpanKind.CONSUMER)
        .setParent(parent)
        .setAttribute(SYSTEM, system)
        .setAttribute(OPERATION_NAME, "process")
        .setAttribute(OPERATION_TYPE, "process")
        .setAttribute(DESTINATION, queue)
        .setAttribute(CONSUMER_GROUP, consumer)
        .setAttribute(ATTEMPT, (long) attempt)
        .setAttribute(BODY_SIZE, bodySize);
    if (messageId != null) {
      builder.setAttribute(MESSAGE_ID, messageId);
    }
    return builder.startSpan();
  }

  /** The INTERNAL span of one run of task {@code name}; the caller makes it current. */
  public Span startTask(String name, String taskId) {
    return tracer.spanBuilder("task " + name)
        .setAttribute(TASK_NAME, name)
        .setAttribute(TASK_ID, taskId)
        .startSpan();
  }

  /** Records the delivery's outcome on its span; anything but handled is an error. */
  public static void outcome(Span span, DeliveryOutcome outcome) {
    span.setAttribute(OUTCOME, outcome.name());
    if (outcome != DeliveryOutcome.OK) {
      span.setStatus(StatusCode.ERROR, outcome.name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** Marks {@code span} failed with the failure's type, never its message (it may hold data). */
  public static void failed(Span span, Throwable failure) {
    span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
    span.setAttribute(AttributeKey.stringKey("error.type"), failure.getClass().getName());
  }

  private static Context storedContext(EventEnvelope event) {
    if (!event.hasTraceParent()) {
      return Context.root();
    }
    return W3C.extract(Context.root(), Map.of("traceparent", event.traceParent()), HEADER_GETTER);
  }
}
