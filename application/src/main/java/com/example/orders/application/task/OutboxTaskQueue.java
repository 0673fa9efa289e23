package com.example.orders.application.task;

import com.example.orders.application.port.EventEnvelope;
import com.example.orders.application.port.IdGenerator;
import com.example.orders.application.port.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The {@link TaskQueue} on the outbox: a task is an event of type {@code task.<name>} about the
 * task itself (aggregate type {@code task}, version 1), appended in the running transaction. The
 * relay publishes it once it is due, like any event; the worker's consumer of that type runs it.
 */
public final class OutboxTaskQueue implements TaskQueue {

  private static final int SCHEMA_VERSION = 1;

  private final Outbox outbox;
  private final IdGenerator ids;
  private final Clock clock;

  public OutboxTaskQueue(Outbox outbox, IdGenerator ids, Clock clock) {
    this.outbox = outbox;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public UUID enqueue(TaskRequest request) {
    UUID id = ids.next();
    Instant now = clock.instant();
    EventEnvelope task = new EventEnvelope(id, Task.eventType(request.name()),
        Task.AGGREGATE_TYPE, id, request.tenant(), 1, now, SCHEMA_VERSION, request.payload());
    if (request.delay().isZero()) {
      outbox.append(List.of(task));
    } else {
      outbox.append(List.of(task), now.plus(request.delay()));
    }
    return id;
  }
}
