package com.example.orders.application.job;

import com.example.orders.domain.shared.TenantId;
import java.util.UUID;

/** Use case: how one of the caller's jobs stands, and its result once it succeeded. */
public final class GetJob {

  private final Jobs jobs;

  public GetJob(Jobs jobs) {
    this.jobs = jobs;
  }

  /** @throws JobNotFoundException when the tenant has no such job */
  public Job get(TenantId tenant, UUID id) {
    return jobs.find(tenant, id).orElseThrow(() -> new JobNotFoundException(id));
  }

  /**
   * @throws JobNotFoundException when the tenant has no such job
   * @throws JobNotFinishedException when it has not succeeded
   */
  public JobResult result(TenantId tenant, UUID id) {
    Job job = get(tenant, id);
    return jobs.result(tenant, id).orElseThrow(() -> new JobNotFinishedException(job));
  }
}
