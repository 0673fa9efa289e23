package com.example.orders.application.order;

import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.shared.KnownFailure;
import java.util.Map;

/** The caller's copy of the order is stale: it expected one version, the order is at another. */
public final class VersionMismatchException extends KnownFailure {

  private final long currentVersion;

  public VersionMismatchException(OrderId id, long expectedVersion, long currentVersion) {
    super(Category.PRECONDITION_FAILED, "order.version-mismatch",
        "The order has changed since it was read",
        "order " + id + " is at version " + currentVersion + ", not " + expectedVersion
            + "; read it again and retry with its current ETag",
        null);
    this.currentVersion = currentVersion;
  }

  public long currentVersion() {
    return currentVersion;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("currentVersion", currentVersion);
  }
}
