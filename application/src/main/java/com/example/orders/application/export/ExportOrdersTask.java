package com.example.orders.application.export;

import com.example.orders.application.job.Job;
import com.example.orders.application.job.JobResult;
import com.example.orders.application.job.Jobs;
import com.example.orders.application.port.Orders;
import com.example.orders.application.task.MalformedTaskException;
import com.example.orders.application.task.Task;
import com.example.orders.application.task.TaskHandler;
import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The task behind an export job: pages through the tenant's orders, newest first, writes those
 * that match as JSON Lines, records the progress after every page, and stores the file with the
 * succeeded job. A retry starts again from the first page; a task whose job is already final (a
 * redelivery) does nothing. When the worker gives up, the job is marked failed.
 */
public final class ExportOrdersTask implements TaskHandler {

  public static final String NAME = "export-orders";
  static final String JOB_ID = "jobId";
  static final int PAGE_SIZE = 200;

  private final Jobs jobs;
  private final Orders orders;
  private final OrderExportFormat format;
  private final Clock clock;

  public ExportOrdersTask(Jobs jobs, Orders orders, OrderExportFormat format, Clock clock) {
    this.jobs = jobs;
    this.orders = orders;
    this.format = format;
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void run(Task task) {
    Optional<Job> stored = job(task);
    if (stored.isEmpty() || stored.get().status().isFinal()) {
      return;
    }
    ExportFilter filter = filter(task);
    Job job = stored.get().running(clock.instant());
    jobs.update(job);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    long exported = 0;
    Optional<OrderId> after = Optional.empty();
    List<Order> page;
    do {
      page = orders.list(task.tenant(), filter.status(), after, PAGE_SIZE);
      for (Order order : page) {
        if (filter.matches(order)) {
          file.writeBytes((format.line(order) + "\n").getBytes(StandardCharsets.UTF_8));
          exported++;
        }
      }
      if (!page.isEmpty()) {
        after = Optional.of(page.getLast().id());
        job = job.progressed(exported, clock.instant());
        jobs.update(job);
      }
    } while (page.size() == PAGE_SIZE);
    jobs.complete(job.succeeded(exported, clock.instant()),
        new JobResult(format.mediaType(), file.toByteArray()));
  }

  @Override
  public void gaveUp(Task task, String reason) {
    job(task).filter(job -> !job.status().isFinal())
        .ifPresent(job -> jobs.update(job.failed(reason, clock.instant())));
  }

  private Optional<Job> job(Task task) {
    UUID id;
    try {
      id = UUID.fromString(task.text(JOB_ID));
    } catch (IllegalArgumentException notAnId) {
      throw new MalformedTaskException("an export task names its job by a UUID");
    }
    return jobs.find(task.tenant(), id);
  }

  private static ExportFilter filter(Task task) {
    try {
      return ExportFilter.fromPayload(task.payload());
    } catch (RuntimeException unreadable) {
      throw new MalformedTaskException("not an export filter: " + unreadable.getMessage());
    }
  }
}
