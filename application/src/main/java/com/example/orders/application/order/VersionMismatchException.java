package com.example.orders.application.order;

import com.example.orders.domain.order.OrderId;

/** The caller's copy of the order is stale: it expected one version, the order is at another. */
public final class VersionMismatchException extends RuntimeException {

  private final long currentVersion;

  public VersionMismatchException(OrderId id, long expectedVersion, long currentVersion) {
    super("order " + id + " is at version " + currentVersion + ", not " + expectedVersion,
        null, false, false);
    this.currentVersion = currentVersion;
  }

  public long currentVersion() {
    return currentVersion;
  }
}
