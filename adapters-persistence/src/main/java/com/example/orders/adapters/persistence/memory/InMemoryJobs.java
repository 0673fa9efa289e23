package com.example.orders.adapters.persistence.memory;

import com.example.orders.application.job.Job;
import com.example.orders.application.job.JobResult;
import com.example.orders.application.job.JobStatus;
import com.example.orders.application.job.Jobs;
import com.example.orders.domain.shared.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link Jobs} port in memory: writes become visible when the store's transaction commits
 * (at once outside one), and not at all when it rolls back.
 */
public final class InMemoryJobs implements Jobs {

  private final InMemoryStore store;
  private final Map<Key, Job> jobs = new ConcurrentHashMap<>();
  private final Map<Key, JobResult> results = new ConcurrentHashMap<>();

  public InMemoryJobs(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public void add(Job job) {
    Key key = Key.of(job);
    if (jobs.containsKey(key)) {
      throw new IllegalStateException("job " + job.id() + " is already stored");
    }
    store.onCommit(() -> jobs.put(key, job));
  }

  @Override
  public Optional<Job> find(TenantId tenant, UUID id) {
    return Optional.ofNullable(jobs.get(new Key(tenant, id)));
  }

  @Override
  public void update(Job job) {
    Key key = requireStored(job);
    store.onCommit(() -> {
      jobs.put(key, job);
      results.remove(key);
    });
  }

  @Override
  public void complete(Job job, JobResult result) {
    if (job.status() != JobStatus.SUCCEEDED) {
      throw new IllegalArgumentException("only a succeeded job has a result");
    }
    Key key = requireStored(job);
    store.onCommit(() -> {
      jobs.put(key, job);
      results.put(key, result);
    });
  }

  @Override
  public Optional<JobResult> result(TenantId tenant, UUID id) {
    return Optional.ofNullable(results.get(new Key(tenant, id)));
  }

  @Override
  public int purgeFinishedBefore(Instant cutoff) {
    int purged = 0;
    for (Map.Entry<Key, Job> entry : jobs.entrySet()) {
      Job job = entry.getValue();
      if (job.status().isFinal() && job.updatedAt().isBefore(cutoff)
          && jobs.remove(entry.getKey(), job)) {
        results.remove(entry.getKey());
        purged++;
      }
    }
    return purged;
  }

  private Key requireStored(Job job) {
    Key key = Key.of(job);
    if (!jobs.containsKey(key)) {
      throw new IllegalStateException("no job " + job.id() + " is stored for " + job.tenant());
    }
    return key;
  }

  private record Key(TenantId tenant, UUID id) {

    static Key of(Job job) {
      return new Key(job.tenant(), job.id());
    }
  }
}
