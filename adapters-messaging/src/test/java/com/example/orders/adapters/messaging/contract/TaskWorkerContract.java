package com.example.orders.adapters.messaging.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.orders.adapters.messaging.EventTransport;
import com.example.orders.adapters.messaging.RetryPolicy;
import com.example.orders.adapters.messaging.task.TaskConsumer;
import com.example.orders.application.port.EventEnvelope;
import com.example.orders.application.port.Outbox;
import com.example.orders.application.port.ParkedMessage;
import com.example.orders.application.task.OutboxTaskQueue;
import com.example.orders.application.task.Task;
import com.example.orders.application.task.TaskHandler;
import com.example.orders.application.task.TaskQueue;
import com.example.orders.application.task.TaskRequest;
import com.example.orders.domain.shared.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the task worker does on every {@link EventTransport}: tasks enqueued through the {@link
 * TaskQueue} reach the handler of their name once, a failing handler is retried by the event
 * consumers' rules, and after the last attempt its task is parked with the reason and the handler
 * told. Tasks go to the transport as the relay would publish them, without an outbox in between.
 */
public abstract class TaskWorkerContract {

  protected static final RetryPolicy RETRIES = new RetryPolicy(3, Duration.ofMillis(100));
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final TenantId TENANT = new TenantId("tasks");

  private final List<EventTransport> started = new ArrayList<>();

  /** A new transport, not started, with {@link #RETRIES}. */
  protected abstract EventTransport newTransport(RetryPolicy retries);

  /** Waits until the consumers of a started transport receive messages. */
  protected abstract void awaitConsumers(EventTransport transport) throws Exception;

  /** Called for every handler a test starts, e.g. to delete its queues afterwards. */
  protected void using(TaskHandler handler) {}

  @AfterEach
  void closeTransports() {
    started.forEach(EventTransport::close);
  }

  @Test
  public void an_enqueued_task_runs_once_on_the_handler_of_its_name_with_its_payload()
      throws Exception {
    RecordingTaskHandler mail = handler(0);
    RecordingTaskHandler export = handler(0);
    TaskQueue tasks = queueOn(start(mail, export));

    UUID id = tasks.enqueue(TaskRequest.of(mail.name(), TENANT, Map.of("orderId", "o-1")));

    await().atMost(PATIENCE).until(() -> mail.done().size() == 1);
    Thread.sleep(300);
    Task task = mail.done().getFirst();
    assertThat(mail.done()).hasSize(1);
    assertThat(task.id()).isEqualTo(id);
    assertThat(task.name()).isEqualTo(mail.name());
    assertThat(task.tenant()).isEqualTo(TENANT);
    assertThat(task.payload()).isEqualTo(Map.of("orderId", "o-1"));
    assertThat(export.runs()).isZero();
  }

  @Test
  public void a_task_that_fails_runs_again_until_it_succeeds() throws Exception {
    RecordingTaskHandler flaky = handler(2);
    TaskQueue tasks = queueOn(start(flaky));

    tasks.enqueue(TaskRequest.of(flaky.name(), TENANT, Map.of()));

    await().atMost(PATIENCE).until(() -> flaky.done().size() == 1);
    assertThat(flaky.runs()).isEqualTo(3);
    assertThat(flaky.gaveUp()).isEmpty();
  }

  @Test
  public void a_task_that_always_fails_is_parked_after_the_last_attempt_and_its_handler_told()
      throws Exception {
    RecordingTaskHandler broken = handler(-1);
    EventTransport transport = start(broken);
    TaskQueue tasks = queueOn(transport);
    String consumer = TaskConsumer.PREFIX + broken.name();

    UUID id = tasks.enqueue(TaskRequest.of(broken.name(), TENANT, Map.of()));

    await().atMost(PATIENCE).until(() -> transport.parked(consumer, 10).size() == 1);
    ParkedMessage parked = transport.parked(consumer, 10).getFirst();
    assertThat(parked.messageId()).isEqualTo(id.toString());
    assertThat(parked.type()).isEqualTo(Task.eventType(broken.name()));
    assertThat(parked.attempts()).isEqualTo(RETRIES.maxAttempts());
    assertThat(parked.reason()).isEqualTo(
        "IllegalStateException: run 3 of " + broken.name() + " failed");
    assertThat(broken.runs()).isEqualTo(RETRIES.maxAttempts());
    assertThat(broken.gaveUp()).containsExactly(id + ": " + parked.reason());
  }

  private RecordingTaskHandler handler(int failures) {
    RecordingTaskHandler handler = RecordingTaskHandler.fresh(failures);
    using(handler);
    return handler;
  }

  private EventTransport start(TaskHandler... handlers) throws Exception {
    EventTransport transport = newTransport(RETRIES);
    started.add(transport);
    transport.start(TaskConsumer.of(List.of(handlers)));
    awaitConsumers(transport);
    return transport;
  }

  /** A task queue whose outbox hands every task straight to the transport, as the relay does. */
  private static TaskQueue queueOn(EventTransport transport) {
    Outbox direct = new Outbox() {
      @Override
      public void append(List<EventEnvelope> events) {
        assertThat(transport.publish(events)).hasSize(events.size());
      }

      @Override
      public void append(List<EventEnvelope> events, Instant publishAfter) {
        throw new UnsupportedOperationException("delays are the outbox's, not the transport's");
      }
    };
    return new OutboxTaskQueue(direct, UUID::randomUUID, Clock.systemUTC());
  }
}
