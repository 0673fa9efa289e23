package com.example.orders.bootstrap.observability;

import com.example.orders.adapters.messaging.DeliveryObserver;
import com.example.orders.adapters.messaging.DeliveryOutcome;
import com.example.orders.adapters.messaging.task.TaskConsumer;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.Locale;

/**
 * Every task run's duration and outcome (ok, retried or parked) per task name, as {@code
 * task_runs_seconds}; every delivery, of tasks and events alike, goes on to the consumers'
 * metrics.
 */
public final class TaskMetrics implements DeliveryObserver {

  private final DeliveryObserver consumers;
  private final Histogram runs;

  public TaskMetrics(DeliveryObserver consumers, PrometheusRegistry registry) {
    this.consumers = consumers;
    this.runs = Histogram.builder()
        .name("task_runs_seconds")
        .help("Background task runs by task name and outcome: ok, retried or parked")
        .unit(Unit.SECONDS)
        .labelNames("task", "outcome")
        .register(registry);
  }

  @Override
  public void delivered(String consumer, DeliveryOutcome outcome, long durationNanos) {
    if (consumer.startsWith(TaskConsumer.PREFIX)) {
      runs.labelValues(TaskConsumer.taskName(consumer), outcome.name().toLowerCase(Locale.ROOT))
          .observe(durationNanos / 1e9);
    }
    consumers.delivered(consumer, outcome, durationNanos);
  }
}
