package com.example.orders.application.audit;

import java.time.Instant;
import java.util.List;

/**
 * The stored audit trail: append-only, one hash chain per tenant. Inside {@link
 * com.example.orders.application.port.TransactionRunner#inTransaction} an append joins the running
 * transaction, so the entry commits with the change it records, or not at all; appends of one
 * tenant are ordered (the second waits for the first to commit), those of different tenants are not.
 */
public interface AuditTrail {

  /** Appends {@code event} at the end of its tenant's chain. */
  void append(AuditEvent event);

  /** A page of a trail, newest first; see {@link AuditQuery}. */
  List<ChainedEvent> find(AuditQuery query);

  /** Up to {@code limit} entries of a trail after position {@code afterSeq}, oldest first. */
  List<ChainedEvent> chain(String trail, long afterSeq, int limit);

  /** Where the trail's chain starts now: {@link ChainAnchor#ORIGIN} until a purge moves it. */
  ChainAnchor anchor(String trail);

  /** The trail's last entry's place and hash; {@link ChainAnchor#ORIGIN} when it has none. */
  ChainAnchor head(String trail);

  /** Every trail that has entries, sorted. */
  List<String> trails();

  /**
   * Deletes entries older than {@code cutoff}, except each trail's newest, and moves each trail's
   * anchor to its last deleted entry, so the rest still verifies. Returns how many.
   */
  long purgeBefore(Instant cutoff);
}
