package com.example.orders.application.audit;

/**
 * Where a tenant's chain starts: the last purged entry's place and hash, or {@link #ORIGIN} when
 * nothing was purged.
 */
public record ChainAnchor(long seq, String hash) {

  public static final ChainAnchor ORIGIN = new ChainAnchor(0, AuditChain.GENESIS);
}
