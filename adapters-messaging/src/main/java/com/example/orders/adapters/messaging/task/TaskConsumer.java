package com.example.orders.adapters.messaging.task;

import com.example.orders.adapters.messaging.MessagingTracing;
import com.example.orders.application.port.EventConsumer;
import com.example.orders.application.port.EventEnvelope;
import com.example.orders.application.task.Task;
import com.example.orders.application.task.TaskHandler;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link TaskHandler} as an {@link EventConsumer} of the events that carry its tasks: the
 * transports' delivery, retries, parking and replay apply to tasks unchanged. A message of another
 * task name on its queue is parked by the transport, as for any consumer. Each run is a span of
 * its own ({@code task <name>}), inside the delivery's, so a trace shows which task ran (ADR 0033).
 */
public final class TaskConsumer implements EventConsumer {

  /** Consumer names of task handlers start with this, apart from the features' consumers. */
  public static final String PREFIX = "task-";

  private final TaskHandler handler;
  private final MessagingTracing tracing;

  public TaskConsumer(TaskHandler handler) {
    this(handler, MessagingTracing.none());
  }

  public TaskConsumer(TaskHandler handler, MessagingTracing tracing) {
    this.handler = Objects.requireNonNull(handler, "handler");
    this.tracing = Objects.requireNonNull(tracing, "tracing");
  }

  /** {@link #of(Collection, MessagingTracing)} without spans. */
  public static List<EventConsumer> of(Collection<TaskHandler> handlers) {
    return of(handlers, MessagingTracing.none());
  }

  /** One consumer per handler, in name order; two handlers of one name are a wiring error. */
  public static List<EventConsumer> of(Collection<TaskHandler> handlers,
      MessagingTracing tracing) {
    long names = handlers.stream().map(TaskHandler::name).distinct().count();
    if (names != handlers.size()) {
      throw new IllegalArgumentException("two task handlers share a name: " + handlers.stream()
          .map(TaskHandler::name).sorted().toList());
    }
    return handlers.stream()
        .sorted(Comparator.comparing(TaskHandler::name))
        .<EventConsumer>map(handler -> new TaskConsumer(handler, tracing))
        .toList();
  }

  /** The task name a consumer of {@link #of} runs, from its consumer name. */
  public static String taskName(String consumer) {
    return consumer.startsWith(PREFIX) ? consumer.substring(PREFIX.length()) : consumer;
  }

  @Override
  public String name() {
    return PREFIX + handler.name();
  }

  @Override
  public Set<String> eventTypes() {
    return Set.of(Task.eventType(handler.name()));
  }

  @Override
  public void consume(EventEnvelope event) {
    Span span = tracing.startTask(handler.name(), event.id().toString());
    try (Scope scope = span.makeCurrent()) {
      handler.run(new Task(event));
    } catch (RuntimeException failure) {
      MessagingTracing.failed(span, failure);
      throw failure;
    } finally {
      span.end();
    }
  }

  @Override
  public void gaveUp(EventEnvelope event, String reason) {
    handler.gaveUp(new Task(event), reason);
  }
}
