package com.example.orders.application.job;

import com.example.orders.domain.shared.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A piece of long work and how far it got.
 *
 * @param id its id, in its URL
 * @param tenant whose it is; another tenant never sees it
 * @param kind what it does, e.g. {@code order-export}
 * @param requestedBy the token subject that asked for it, kept for the record (any caller of the
 *     tenant with the read scope may see the job, as with orders)
 * @param status where it stands
 * @param processed how many items it has handled so far
 * @param failure why it failed; empty unless {@code FAILED}
 * @param createdAt when it was asked for
 * @param updatedAt when its status or progress last changed
 */
public record Job(UUID id, TenantId tenant, String kind, String requestedBy, JobStatus status,
    long processed, String failure, Instant createdAt, Instant updatedAt) {

  public static final int MAX_FAILURE_LENGTH = 300;

  public Job {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(failure, "failure");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (processed < 0) {
      throw new IllegalArgumentException("a job processes 0 or more items");
    }
    if (failure.length() > MAX_FAILURE_LENGTH) {
      failure = failure.substring(0, MAX_FAILURE_LENGTH);
    }
  }

  /** A new job, waiting for its task. */
  public static Job queued(UUID id, TenantId tenant, String kind, String requestedBy,
      Instant now) {
    return new Job(id, tenant, kind, requestedBy, JobStatus.QUEUED, 0, "", now, now);
  }

  /** Started (or started again, by a retry, from the beginning). */
  public Job running(Instant now) {
    return new Job(id, tenant, kind, requestedBy, JobStatus.RUNNING, 0, "", createdAt, now);
  }

  /** Still running, {@code processed} items on. */
  public Job progressed(long processed, Instant now) {
    return new Job(id, tenant, kind, requestedBy, status, processed, failure, createdAt, now);
  }

  public Job succeeded(long processed, Instant now) {
    return new Job(id, tenant, kind, requestedBy, JobStatus.SUCCEEDED, processed, "", createdAt,
        now);
  }

  public Job failed(String reason, Instant now) {
    return new Job(id, tenant, kind, requestedBy, JobStatus.FAILED, processed, reason, createdAt,
        now);
  }
}
