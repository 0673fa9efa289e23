package com.example.orders.adapters.persistence.contract;

import static com.example.orders.adapters.persistence.contract.UseCases.newTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.application.port.EventEnvelope;
import com.example.orders.application.port.PendingEvents;
import com.example.orders.application.task.OutboxTaskQueue;
import com.example.orders.application.task.TaskQueue;
import com.example.orders.application.task.TaskRequest;
import com.example.orders.domain.shared.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The task queue on each storage's outbox: a task is a pending event of type {@code task.<name>}
 * once the change that asked for it commits, never when it rolls back, and a delayed one only
 * once it is due.
 */
public abstract class TaskQueueContract {

  private final TenantId tenant = newTenant();
  private TaskQueue tasks;
  private PendingEvents pending;

  /** The storage to specify; one per test class is enough. */
  protected abstract StorageUnderTest storage();

  @BeforeEach
  void startWithNothingPending() {
    tasks = new OutboxTaskQueue(storage().outbox(), UUID::randomUUID, Clock.systemUTC());
    pending = storage().pendingEvents();
    while (pending.publishOldest(1_000, TaskQueueContract::all) > 0) {
      // every pending event of earlier tests is now published
    }
  }

  @Test
  public void an_enqueued_task_is_a_pending_event_about_itself() {
    UUID id = tasks.enqueue(TaskRequest.of("send-notice", tenant, Map.of("orderId", "o-1")));

    List<EventEnvelope> claimed = claimAll();

    assertThat(claimed).singleElement().satisfies(task -> {
      assertThat(task.id()).isEqualTo(id);
      assertThat(task.type()).isEqualTo("task.send-notice");
      assertThat(task.aggregateType()).isEqualTo("task");
      assertThat(task.aggregateId()).isEqualTo(id);
      assertThat(task.tenant()).isEqualTo(tenant);
      assertThat(task.payload()).isEqualTo(Map.of("orderId", "o-1"));
    });
  }

  @Test
  public void a_task_enqueued_by_a_change_that_rolls_back_does_not_exist() {
    RuntimeException failed = new IllegalStateException("the change failed");

    assertThatThrownBy(() -> storage().transactions().inTransaction(() -> {
      tasks.enqueue(TaskRequest.of("send-notice", tenant, Map.of()));
      throw failed;
    })).isSameAs(failed);

    assertThat(claimAll()).isEmpty();
  }

  @Test
  public void a_delayed_task_waits_for_its_time() {
    tasks.enqueue(TaskRequest.of("later", tenant, Map.of()).delayedBy(Duration.ofHours(1)));
    UUID now = tasks.enqueue(TaskRequest.of("now", tenant, Map.of()));

    assertThat(claimAll()).extracting(EventEnvelope::id).containsExactly(now);
  }

  private List<EventEnvelope> claimAll() {
    List<EventEnvelope> claimed = new ArrayList<>();
    pending.publishOldest(1_000, batch -> {
      claimed.addAll(batch);
      return all(batch);
    });
    return claimed;
  }

  private static Set<UUID> all(List<EventEnvelope> batch) {
    return batch.stream().map(EventEnvelope::id).collect(Collectors.toSet());
  }
}
