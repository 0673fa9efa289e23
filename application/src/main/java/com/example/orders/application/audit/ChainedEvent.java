package com.example.orders.application.audit;

import java.util.Objects;

/**
 * An audit entry as stored: its place in its tenant's chain and the links.
 *
 * @param seq 1 for the tenant's first entry, then one more for each
 * @param prevHash hex sha256 of the tenant's previous entry (or of the anchor, or {@link
 *     AuditChain#GENESIS})
 * @param hash hex {@link AuditChain#link} of this entry
 */
public record ChainedEvent(long seq, AuditEvent event, String prevHash, String hash) {

  public ChainedEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(prevHash, "prevHash");
    Objects.requireNonNull(hash, "hash");
  }
}
