package com.example.orders.application.job;

import com.example.orders.domain.shared.KnownFailure;

/** The job has no result to download: it has not succeeded (yet, or at all). */
public final class JobNotFinishedException extends KnownFailure {

  public JobNotFinishedException(Job job) {
    super(Category.RULE_VIOLATION, "job.not-succeeded", "The job has no result",
        "job " + job.id() + " is " + job.status() + "; its result exists once it SUCCEEDED",
        null);
  }
}
