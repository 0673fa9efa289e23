package com.example.orders.application.job;

import com.example.orders.domain.shared.KnownFailure;
import java.util.UUID;

/** No job with this id exists for the caller's tenant (it may exist for another tenant). */
public final class JobNotFoundException extends KnownFailure {

  public JobNotFoundException(UUID id) {
    super(Category.NOT_FOUND, "job.not-found", "Job not found", "job " + id + " not found", null);
  }
}
