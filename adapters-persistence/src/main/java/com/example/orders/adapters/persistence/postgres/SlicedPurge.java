package com.example.orders.adapters.persistence.postgres;

import java.time.Instant;

/**
 * Deletes what is older than a cutoff across tenants, a slice at a time, so that purging a long
 * backlog never holds one huge transaction: repeats a {@code SECURITY DEFINER} function of the
 * form {@code fn(cutoff, slice) RETURNS integer} (rows deleted) until a slice comes back short.
 */
final class SlicedPurge {

  static final int SLICE = 10_000;

  private SlicedPurge() {}

  /**
   * @param call the statement, e.g. {@code SELECT outbox_purge_published(:cutoff, :slice)}
   * @return how many rows were deleted in all
   */
  static int run(HandleBinding handles, String call, Instant cutoff) {
    int purged = 0;
    int slice;
    do {
      slice = handles.acrossTenants(handle -> handle.createQuery(call)
          .bind("cutoff", OrderRows.timestamp(cutoff))
          .bind("slice", SLICE)
          .mapTo(Integer.class)
          .one());
      purged += slice;
    } while (slice == SLICE);
    return purged;
  }
}
