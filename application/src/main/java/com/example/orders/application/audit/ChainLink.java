package com.example.orders.application.audit;

import java.util.Objects;
import java.util.UUID;

/**
 * An entry's place in its tenant's hash chain.
 *
 * @param seq 1 for the tenant's first entry, then one more for each
 * @param eventId the entry it chains
 * @param prevHash hex sha256 of the previous link (or of the anchor, or {@link
 *     AuditChain#GENESIS})
 * @param hash hex {@link AuditChain#link} of this entry
 */
public record ChainLink(long seq, UUID eventId, String prevHash, String hash) {

  public ChainLink {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(prevHash, "prevHash");
    Objects.requireNonNull(hash, "hash");
  }
}
