package com.example.orders.bootstrap.chores;

import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A chore that deletes what is past its time, e.g. expired idempotency keys, and says how many
 * it deleted (one INFO line, none when there was nothing to delete). Every instance runs it;
 * deleting rows another instance deleted is harmless. Failures go to {@link Periodic}.
 */
public final class Purge implements Runnable {

  private static final Logger log = LoggerFactory.getLogger(Purge.class);

  private final String what;
  private final LongSupplier delete;

  /**
   * @param what what is deleted, for the log line, e.g. {@code "expired idempotency keys"}
   * @param delete deletes it and returns how many were deleted
   */
  public Purge(String what, LongSupplier delete) {
    this.what = what;
    this.delete = delete;
  }

  @Override
  public void run() {
    long purged = delete.getAsLong();
    if (purged > 0) {
      log.atInfo().addKeyValue("purged", purged).log(what + " deleted");
    }
  }
}
