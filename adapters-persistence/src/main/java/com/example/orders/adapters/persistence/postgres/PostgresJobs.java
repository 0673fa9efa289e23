package com.example.orders.adapters.persistence.postgres;

import com.example.orders.application.job.Job;
import com.example.orders.application.job.JobResult;
import com.example.orders.application.job.JobStatus;
import com.example.orders.application.job.Jobs;
import com.example.orders.domain.shared.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * The {@link Jobs} port on PostgreSQL: one {@code jobs} row per job, its result in the same row
 * (read only by {@link #result}, so that polling a job never loads its file). Finished jobs are
 * purged across tenants by one {@code SECURITY DEFINER} function, as the outbox is (V15).
 */
public final class PostgresJobs implements Jobs {

  private static final String COLUMNS = "job_id, tenant_id, kind, requested_by, status,"
      + " processed, failure, created_at, updated_at";
  private static final String INSERT = "INSERT INTO jobs (" + COLUMNS + ") VALUES (:id, :tenant,"
      + " :kind, :requestedBy, :status, :processed, :failure, :createdAt, :updatedAt)";
  private static final String FIND =
      "SELECT " + COLUMNS + " FROM jobs WHERE tenant_id = :tenant AND job_id = :id";
  private static final String UPDATE = "UPDATE jobs SET status = :status, processed = :processed,"
      + " failure = :failure, updated_at = :updatedAt, result_media_type = :mediaType,"
      + " result = :result WHERE tenant_id = :tenant AND job_id = :id";
  private static final String RESULT = "SELECT result_media_type, result FROM jobs"
      + " WHERE tenant_id = :tenant AND job_id = :id AND status = 'SUCCEEDED'";
  private static final String PURGE = "SELECT jobs_purge_finished(:cutoff, :slice)";

  private final HandleBinding handles;

  public PostgresJobs(PostgresDatabase database) {
    this.handles = database.handles();
  }

  @Override
  public void add(Job job) {
    handles.withHandle(job.tenant(), handle -> bindState(handle.createUpdate(INSERT), job)
        .bind("kind", job.kind())
        .bind("requestedBy", job.requestedBy())
        .bind("createdAt", OrderRows.timestamp(job.createdAt()))
        .execute());
  }

  @Override
  public Optional<Job> find(TenantId tenant, UUID id) {
    return handles.withHandle(tenant, handle -> handle.createQuery(FIND)
        .bind("tenant", tenant.value())
        .bind("id", id)
        .map(PostgresJobs::job)
        .findOne());
  }

  @Override
  public void update(Job job) {
    store(job, null);
  }

  @Override
  public void complete(Job job, JobResult result) {
    store(job, result);
  }

  @Override
  public Optional<JobResult> result(TenantId tenant, UUID id) {
    return handles.withHandle(tenant, handle -> handle.createQuery(RESULT)
        .bind("tenant", tenant.value())
        .bind("id", id)
        .map((row, context) -> new JobResult(row.getString("result_media_type"),
            row.getBytes("result")))
        .findOne());
  }

  @Override
  public int purgeFinishedBefore(Instant cutoff) {
    return SlicedPurge.run(handles, PURGE, cutoff);
  }

  private void store(Job job, JobResult result) {
    int updated = handles.withHandle(job.tenant(), handle ->
        bindState(handle.createUpdate(UPDATE), job)
        .bind("mediaType", result == null ? null : result.mediaType())
        .bind("result", result == null ? null : result.content())
        .execute());
    if (updated == 0) {
      throw new IllegalStateException("no job " + job.id() + " is stored for " + job.tenant());
    }
  }

  /** What changes over a job's life, and its key. */
  private static Update bindState(Update update, Job job) {
    return update.bind("id", job.id())
        .bind("tenant", job.tenant().value())
        .bind("status", job.status().name())
        .bind("processed", job.processed())
        .bind("failure", job.failure())
        .bind("updatedAt", OrderRows.timestamp(job.updatedAt()));
  }

  private static Job job(ResultSet row, StatementContext context) throws SQLException {
    return new Job(
        row.getObject("job_id", UUID.class),
        new TenantId(row.getString("tenant_id")),
        row.getString("kind"),
        row.getString("requested_by"),
        JobStatus.valueOf(row.getString("status")),
        row.getLong("processed"),
        row.getString("failure"),
        row.getObject("created_at", OffsetDateTime.class).toInstant(),
        row.getObject("updated_at", OffsetDateTime.class).toInstant());
  }
}
