package com.example.orders.adapters.persistence.contract;

import static com.example.orders.adapters.persistence.contract.UseCases.newTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.application.job.Job;
import com.example.orders.application.job.JobResult;
import com.example.orders.application.job.JobStatus;
import com.example.orders.application.job.Jobs;
import com.example.orders.domain.shared.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every implementation of the {@link Jobs} port must do. */
public abstract class JobsContract {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final byte[] FILE = "{\"id\":1}\n{\"id\":2}\n".getBytes(StandardCharsets.UTF_8);

  private final TenantId tenant = newTenant();
  private Jobs jobs;

  /** The storage to specify; the suite keeps its tests apart by tenant, so it may be shared. */
  protected abstract StorageUnderTest storage();

  @BeforeEach
  void wire() {
    jobs = storage().jobs();
  }

  @Test
  public void a_job_reads_back_as_it_was_stored_and_only_for_its_tenant() {
    Job job = queued();

    jobs.add(job);

    assertThat(jobs.find(tenant, job.id())).contains(job);
    assertThat(jobs.find(newTenant(), job.id())).isEmpty();
    assertThat(jobs.find(tenant, UUID.randomUUID())).isEmpty();
  }

  @Test
  public void status_and_progress_change_and_a_result_exists_only_once_it_succeeded() {
    Job job = queued();
    jobs.add(job);
    Job running = job.running(NOW.plusSeconds(1)).progressed(40, NOW.plusSeconds(2));

    jobs.update(running);

    assertThat(jobs.find(tenant, job.id())).contains(running);
    assertThat(jobs.result(tenant, job.id())).isEmpty();

    Job succeeded = running.succeeded(42, NOW.plusSeconds(3));
    jobs.complete(succeeded, new JobResult("application/jsonl", FILE));

    assertThat(jobs.find(tenant, job.id())).contains(succeeded);
    assertThat(jobs.result(tenant, job.id())).hasValueSatisfying(result -> {
      assertThat(result.mediaType()).isEqualTo("application/jsonl");
      assertThat(result.content()).isEqualTo(FILE);
    });
    assertThat(jobs.result(newTenant(), job.id())).isEmpty();
  }

  @Test
  public void a_failed_job_keeps_its_reason() {
    Job job = queued();
    jobs.add(job);
    Job failed = job.running(NOW).failed("IllegalStateException: disk full", NOW.plusSeconds(5));

    jobs.update(failed);

    assertThat(jobs.find(tenant, job.id())).hasValueSatisfying(stored -> {
      assertThat(stored.status()).isEqualTo(JobStatus.FAILED);
      assertThat(stored.failure()).isEqualTo("IllegalStateException: disk full");
    });
  }

  @Test
  public void a_job_added_in_a_transaction_that_rolls_back_does_not_exist() {
    Job job = queued();
    RuntimeException later = new IllegalStateException("the task could not be enqueued");

    assertThatThrownBy(() -> storage().transactions().inTransaction(() -> {
      jobs.add(job);
      throw later;
    })).isSameAs(later);

    assertThat(jobs.find(tenant, job.id())).isEmpty();
  }

  @Test
  public void a_purge_deletes_finished_jobs_older_than_the_cutoff_with_their_files() {
    // long ago, so that no other test's jobs fall on either side of the cutoff by chance
    Instant cutoff = Instant.parse("2001-01-01T00:00:00Z");
    Job succeeded = stored(queued(cutoff.minusSeconds(60)).running(cutoff.minusSeconds(50)));
    jobs.complete(succeeded.succeeded(2, cutoff.minusSeconds(40)),
        new JobResult("application/jsonl", FILE));
    Job failed = stored(queued(cutoff.minusSeconds(60)).failed("gave up", cutoff.minusSeconds(1)));
    Job stillRunning = stored(queued(cutoff.minusSeconds(60)).running(cutoff.minusSeconds(30)));
    Job finishedAfter = stored(queued(cutoff.minusSeconds(60)).failed("gave up", cutoff));

    int purged = jobs.purgeFinishedBefore(cutoff);

    assertThat(purged).isGreaterThanOrEqualTo(2);
    assertThat(jobs.find(tenant, succeeded.id())).isEmpty();
    assertThat(jobs.result(tenant, succeeded.id())).isEmpty();
    assertThat(jobs.find(tenant, failed.id())).isEmpty();
    assertThat(jobs.find(tenant, stillRunning.id())).contains(stillRunning);
    assertThat(jobs.find(tenant, finishedAfter.id())).contains(finishedAfter);
    assertThat(jobs.purgeFinishedBefore(cutoff)).isZero();
  }

  @Test
  public void updating_a_job_that_is_not_stored_fails() {
    Job stranger = queued();

    assertThatThrownBy(() -> jobs.update(stranger.running(NOW)))
        .isInstanceOf(IllegalStateException.class);
  }

  private Job queued() {
    return queued(NOW);
  }

  private Job queued(Instant at) {
    // microseconds: what PostgreSQL keeps of a timestamp
    return Job.queued(UUID.randomUUID(), tenant, "order-export", "user-1",
        at.truncatedTo(ChronoUnit.MICROS));
  }

  /** Adds the job as queued, then stores the state given. */
  private Job stored(Job job) {
    jobs.add(Job.queued(job.id(), job.tenant(), job.kind(), job.requestedBy(), job.createdAt()));
    jobs.update(job);
    return job;
  }
}
