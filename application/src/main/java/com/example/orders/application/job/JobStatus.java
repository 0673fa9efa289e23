package com.example.orders.application.job;

/** Where a job stands: {@code QUEUED -> RUNNING -> SUCCEEDED | FAILED}. */
public enum JobStatus {
  /** Accepted; its task waits for a worker. */
  QUEUED,
  /** A worker is on it (or was, and a retry will be). */
  RUNNING,
  /** Done; its result can be downloaded. */
  SUCCEEDED,
  /** Given up after the last attempt; the failure says why. */
  FAILED;

  /** Whether nothing more happens to a job in this status. */
  public boolean isFinal() {
    return this == SUCCEEDED || this == FAILED;
  }
}
