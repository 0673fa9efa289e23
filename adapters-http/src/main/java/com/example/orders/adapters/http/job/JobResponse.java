package com.example.orders.adapters.http.job;

import com.example.orders.application.job.Job;
import com.example.orders.application.job.JobStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A job as the API shows it.
 *
 * @param status {@code QUEUED}, {@code RUNNING}, {@code SUCCEEDED} or {@code FAILED}
 * @param failure why it failed; only when {@code FAILED}
 * @param resultUrl where to download the result; only when {@code SUCCEEDED}
 */
public record JobResponse(
    String id,
    String kind,
    String status,
    Progress progress,
    @JsonInclude(JsonInclude.Include.NON_NULL) String failure,
    @JsonInclude(JsonInclude.Include.NON_NULL) String resultUrl,
    Instant createdAt,
    Instant updatedAt) {

  static final String JOBS = "/api/v1/jobs";

  /** @param processed items handled so far (for an export: orders written) */
  public record Progress(long processed) {}

  public static JobResponse of(Job job) {
    return new JobResponse(
        job.id().toString(),
        job.kind(),
        job.status().name(),
        new Progress(job.processed()),
        job.status() == JobStatus.FAILED ? job.failure() : null,
        job.status() == JobStatus.SUCCEEDED ? url(job) + "/result" : null,
        job.createdAt(),
        job.updatedAt());
  }

  /** The job's URL. */
  public static String url(Job job) {
    return JOBS + "/" + job.id();
  }
}
