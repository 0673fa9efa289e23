package com.example.orders.bootstrap.wiring;

import com.example.orders.adapters.messaging.MessagingTracing;
import com.example.orders.adapters.messaging.task.TaskConsumer;
import com.example.orders.application.port.EventConsumer;
import com.example.orders.application.port.IdGenerator;
import com.example.orders.application.port.Outbox;
import com.example.orders.application.task.OutboxTaskQueue;
import com.example.orders.application.task.TaskHandler;
import com.example.orders.application.task.TaskQueue;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import dagger.multibindings.Multibinds;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Background tasks: the queue (the outbox), and the worker's consumers, one per task handler.
 * Each feature's module adds its handlers with {@code @IntoSet TaskHandler} without touching
 * this one.
 */
@Module
abstract class TasksModule {

  private TasksModule() {}

  /** Every feature's task handlers; none is also a valid answer. */
  @Multibinds
  abstract Set<TaskHandler> handlers();

  @Provides
  static TaskQueue taskQueue(Outbox outbox, IdGenerator ids, Clock clock) {
    return new OutboxTaskQueue(outbox, ids, clock);
  }

  /** Each handler as a consumer of its tasks, started with the features' consumers. */
  @Provides
  @ElementsIntoSet
  static Set<EventConsumer> taskConsumers(Set<TaskHandler> handlers, MessagingTracing tracing) {
    return new LinkedHashSet<>(TaskConsumer.of(handlers, tracing));
  }
}
