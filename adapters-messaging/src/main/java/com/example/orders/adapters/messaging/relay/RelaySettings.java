package com.example.orders.adapters.messaging.relay;

import java.time.Duration;
import java.util.Objects;

/**
 * How the relay works.
 *
 * @param batchSize events claimed, published and confirmed together
 * @param pollInterval the longest wait between looks at the outbox when no commit wakes the relay
 * @param retention how long published events are kept before they are deleted
 * @param purgeInterval how often the relay deletes them
 * @param drainTimeout at shutdown, how long the relay goes on publishing what is pending
 */
public record RelaySettings(
    int batchSize,
    Duration pollInterval,
    Duration retention,
    Duration purgeInterval,
    Duration drainTimeout) {

  public RelaySettings {
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(purgeInterval, "purgeInterval");
    Objects.requireNonNull(drainTimeout, "drainTimeout");
    if (batchSize < 1 || batchSize > 10_000) {
      throw new IllegalArgumentException("a batch holds 1 to 10000 events");
    }
    if (pollInterval.compareTo(Duration.ofMillis(10)) < 0) {
      throw new IllegalArgumentException("the poll interval is at least 10ms");
    }
    if (retention.isNegative()) {
      throw new IllegalArgumentException("the retention is not negative");
    }
    if (purgeInterval.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("the purge interval is at least 1s");
    }
    if (drainTimeout.isNegative()) {
      throw new IllegalArgumentException("the drain time-out is not negative");
    }
  }
}
