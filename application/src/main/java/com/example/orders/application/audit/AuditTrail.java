package com.example.orders.application.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The stored audit trail: append-only, one hash chain per tenant.
 *
 * <p>Inside {@link com.example.orders.application.port.TransactionRunner#inTransaction} an append
 * joins the running transaction, so the entry commits with the change it records, or not at all.
 * Appends never wait for each other: an entry is chained afterwards, by {@link #seal}, in the order
 * entries became visible, so one tenant's changes are not serialised on its chain. A store may
 * chain at commit already; then {@code seal} has nothing to do.
 */
public interface AuditTrail {

  /** Stores {@code event}; it joins its tenant's chain when sealed. */
  void append(AuditEvent event);

  /**
   * Chains up to {@code limit} committed entries that wait, of each trail, oldest first.
   * Concurrent sealers (several instances) take turns per trail.
   *
   * @return how many entries were chained
   */
  int seal(int limit);

  /** A page of a trail, newest first; see {@link AuditQuery}. */
  List<AuditEntry> find(AuditQuery query);

  /** Up to {@code limit} links of a trail after {@code afterSeq}, in chain order. */
  List<ChainedEvent> chain(String trail, long afterSeq, int limit);

  /** Where the trail's chain starts now: {@link ChainAnchor#ORIGIN} until a purge moves it. */
  ChainAnchor anchor(String trail);

  /** The trail's last link's place and hash; {@link ChainAnchor#ORIGIN} when it has none. */
  ChainAnchor head(String trail);

  /** How many of the trail's entries wait to be chained. */
  long pending(String trail);

  /**
   * Up to {@code limit} ids of the trail's entries that are neither chained nor waiting to be:
   * their place in the queue was removed behind the service's back.
   */
  List<UUID> unchained(String trail, int limit);

  /** Every trail that has entries, sorted. */
  List<String> trails();

  /**
   * Deletes chained entries older than {@code cutoff}, except each trail's newest, and moves each
   * trail's anchor to its last deleted link, so the rest still verifies. Returns how many.
   */
  long purgeBefore(Instant cutoff);
}
