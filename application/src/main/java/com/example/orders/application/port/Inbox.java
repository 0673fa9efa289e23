package com.example.orders.application.port;

import java.time.Instant;

/**
 * What each consumer has handled, by event id: recording joins the running transaction, so an
 * event counts as handled if and only if the handler's effects committed. A redelivered event
 * finds its record and has no second effect.
 */
public interface Inbox {

  /** How an event stands for a consumer, after recording it. */
  enum Arrival {
    /** Not seen before, and the newest of its aggregate: handle it. */
    FIRST,
    /** Handled before (a redelivery): do nothing. */
    REPEAT,
    /** Not seen before, but a newer event of its aggregate was handled already: out of date. */
    STALE
  }

  /**
   * Records that {@code consumer} handles {@code event} in the running transaction, unless it did
   * before, and says which.
   */
  Arrival record(String consumer, EventEnvelope event);

  /**
   * Deletes the records of events handled before {@code cutoff}, returns how many. A redelivery
   * of such an event would count as first again, so the retention must outlast any redelivery
   * (retries take seconds, a relay's repeat after a crash as long as its outage).
   */
  int purgeHandledBefore(Instant cutoff);
}
