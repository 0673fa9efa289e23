package com.example.orders.application.export;

import com.example.orders.application.job.Job;
import com.example.orders.application.job.Jobs;
import com.example.orders.application.port.IdGenerator;
import com.example.orders.application.port.TransactionRunner;
import com.example.orders.application.task.TaskQueue;
import com.example.orders.application.task.TaskRequest;
import com.example.orders.domain.shared.TenantId;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Use case: ask for an export of the caller's orders. The job and its task are stored in one
 * transaction, so a job never waits for a task that does not exist; the task does the work.
 */
public final class ExportOrders {

  public static final String JOB_KIND = "order-export";

  private final Jobs jobs;
  private final TaskQueue tasks;
  private final TransactionRunner transactions;
  private final IdGenerator ids;
  private final Clock clock;

  public ExportOrders(Jobs jobs, TaskQueue tasks, TransactionRunner transactions,
      IdGenerator ids, Clock clock) {
    this.jobs = jobs;
    this.tasks = tasks;
    this.transactions = transactions;
    this.ids = ids;
    this.clock = clock;
  }

  /** Starts an export of {@code tenant}'s orders that match {@code filter}; returns its job. */
  public Job start(TenantId tenant, String requestedBy, ExportFilter filter) {
    return transactions.inTransaction(() -> {
      Job job = Job.queued(ids.next(), tenant, JOB_KIND, requestedBy, clock.instant());
      jobs.add(job);
      Map<String, Object> payload = new LinkedHashMap<>(filter.toPayload());
      payload.put(ExportOrdersTask.JOB_ID, job.id().toString());
      tasks.enqueue(TaskRequest.of(ExportOrdersTask.NAME, tenant, payload));
      return job;
    });
  }
}
