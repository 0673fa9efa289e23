package com.example.orders.bootstrap.wiring;

import com.example.orders.adapters.http.ApiRoutes;
import com.example.orders.adapters.http.idempotency.IdempotentHandlers;
import com.example.orders.adapters.http.job.JobRoutes;
import com.example.orders.adapters.http.order.OrderExportRoutes;
import com.example.orders.adapters.http.order.OrderJsonLines;
import com.example.orders.application.export.ExportOrders;
import com.example.orders.application.export.ExportOrdersTask;
import com.example.orders.application.idempotency.IdempotentRequests;
import com.example.orders.application.job.GetJob;
import com.example.orders.application.job.Jobs;
import com.example.orders.application.port.IdGenerator;
import com.example.orders.application.port.Orders;
import com.example.orders.application.port.TransactionRunner;
import com.example.orders.application.task.TaskHandler;
import com.example.orders.application.task.TaskQueue;
import com.example.orders.bootstrap.chores.Periodic;
import com.example.orders.bootstrap.chores.Purge;
import com.example.orders.bootstrap.config.Config;
import com.example.orders.bootstrap.config.JobVariables;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import java.time.Clock;
import java.time.Duration;

/**
 * Order exports as jobs: the routes that start one and read jobs, and the task that writes the
 * file (in the JSON Lines format of the API's order representation), and the purge of finished
 * jobs.
 */
@Module
final class ExportsModule {

  private ExportsModule() {}

  @Provides
  @IntoSet
  static ApiRoutes exportRoutes(Jobs jobs, TaskQueue tasks, TransactionRunner transactions,
      IdGenerator ids, Clock clock, IdempotentRequests idempotent) {
    return new OrderExportRoutes(new ExportOrders(jobs, tasks, transactions, ids, clock),
        new IdempotentHandlers(idempotent));
  }

  @Provides
  @IntoSet
  static ApiRoutes jobRoutes(Jobs jobs) {
    return new JobRoutes(new GetJob(jobs));
  }

  /** Deletes finished jobs and their files once {@code JOB_RETENTION} has passed, hourly. */
  @Provides
  @IntoSet
  static Periodic jobPurge(Jobs jobs, Config config, Clock clock) {
    Duration retention = config.get(JobVariables.JOBS);
    return new Periodic("job-purge", Duration.ofHours(1), new Purge("finished jobs past retention",
        () -> jobs.purgeFinishedBefore(clock.instant().minus(retention))));
  }

  @Provides
  @IntoSet
  static TaskHandler exportOrdersTask(Jobs jobs, Orders orders, Clock clock) {
    return new ExportOrdersTask(jobs, orders, new OrderJsonLines(), clock);
  }
}
