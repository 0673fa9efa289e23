package com.example.orders.application.job;

import com.example.orders.domain.shared.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * All jobs, per tenant, and the results of those that succeeded. Inside {@link
 * com.example.orders.application.port.TransactionRunner#inTransaction} every call joins the
 * running transaction.
 */
public interface Jobs {

  /** Stores a new job. */
  void add(Job job);

  /** The tenant's job with this id; empty when it does not exist or belongs to another tenant. */
  Optional<Job> find(TenantId tenant, UUID id);

  /** Stores the job's new status and progress; throws when no such job is stored. */
  void update(Job job);

  /** Stores the succeeded job together with its result. */
  void complete(Job job, JobResult result);

  /** The result of the tenant's job; empty unless that job succeeded. */
  Optional<JobResult> result(TenantId tenant, UUID id);

  /**
   * Deletes, across tenants, the finished jobs (succeeded or failed) whose last change is older
   * than {@code cutoff}, their results with them; running and queued jobs stay whatever their
   * age.
   *
   * @return how many jobs were deleted
   */
  int purgeFinishedBefore(Instant cutoff);
}
