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
 * @param lanes claims in flight at once, each in a transaction and on a channel of its own: while
 *     one lane waits for the broker's confirms, another claims and publishes the next batch
 * @param linger after a commit wakes the relay, how long it waits for more before it claims: the
 *     commits of that moment go out as one batch (one claim, one confirm, one mark) instead of one
 *     round of each per event
 */
public record RelaySettings(
    int batchSize,
    Duration pollInterval,
    Duration retention,
    Duration purgeInterval,
    Duration drainTimeout,
    int lanes,
    Duration linger) {

  public static final int DEFAULT_BATCH_SIZE = 500;
  public static final int BATCH_SIZE_MIN = 1;
  public static final int BATCH_SIZE_MAX = 10_000;
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);
  public static final Duration POLL_INTERVAL_MIN = Duration.ofMillis(10);
  public static final Duration POLL_INTERVAL_MAX = Duration.ofMinutes(1);
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);
  public static final Duration RETENTION_MAX = Duration.ofDays(365);
  public static final Duration DEFAULT_PURGE_INTERVAL = Duration.ofMinutes(10);
  public static final Duration PURGE_INTERVAL_MIN = Duration.ofSeconds(1);
  public static final Duration PURGE_INTERVAL_MAX = Duration.ofDays(1);
  /** Part of the service's shutdown budget: what is pending goes out before the pool closes. */
  public static final Duration DEFAULT_DRAIN_TIMEOUT = Duration.ofSeconds(5);
  public static final int DEFAULT_LANES = 2;
  public static final int LANES_MIN = 1;
  public static final int LANES_MAX = 8;
  /**
   * A few milliseconds on the latency of a quiet outbox, against a claim, a publish and a mark per
   * event when commits come faster than those round trips.
   */
  public static final Duration DEFAULT_LINGER = Duration.ofMillis(5);
  public static final Duration LINGER_MAX = Duration.ofSeconds(1);

  public RelaySettings {
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(purgeInterval, "purgeInterval");
    Objects.requireNonNull(drainTimeout, "drainTimeout");
    Objects.requireNonNull(linger, "linger");
    if (batchSize < BATCH_SIZE_MIN || batchSize > BATCH_SIZE_MAX) {
      throw new IllegalArgumentException("batchSize must be " + BATCH_SIZE_MIN + " to "
          + BATCH_SIZE_MAX + ", was " + batchSize);
    }
    if (pollInterval.compareTo(POLL_INTERVAL_MIN) < 0
        || pollInterval.compareTo(POLL_INTERVAL_MAX) > 0) {
      throw new IllegalArgumentException("pollInterval must be " + POLL_INTERVAL_MIN + " to "
          + POLL_INTERVAL_MAX + ", was " + pollInterval);
    }
    if (retention.isNegative() || retention.compareTo(RETENTION_MAX) > 0) {
      throw new IllegalArgumentException("retention must be 0 to " + RETENTION_MAX);
    }
    if (purgeInterval.compareTo(PURGE_INTERVAL_MIN) < 0
        || purgeInterval.compareTo(PURGE_INTERVAL_MAX) > 0) {
      throw new IllegalArgumentException("purgeInterval must be " + PURGE_INTERVAL_MIN + " to "
          + PURGE_INTERVAL_MAX + ", was " + purgeInterval);
    }
    if (drainTimeout.isNegative()) {
      throw new IllegalArgumentException("the drain time-out is not negative");
    }
    if (lanes < LANES_MIN || lanes > LANES_MAX) {
      throw new IllegalArgumentException("lanes must be " + LANES_MIN + " to " + LANES_MAX
          + ", was " + lanes);
    }
    if (linger.isNegative() || linger.compareTo(LINGER_MAX) > 0) {
      throw new IllegalArgumentException("linger must be 0 to " + LINGER_MAX + ", was " + linger);
    }
  }

  /** With the default number of lanes and linger. */
  public RelaySettings(int batchSize, Duration pollInterval, Duration retention,
      Duration purgeInterval, Duration drainTimeout) {
    this(batchSize, pollInterval, retention, purgeInterval, drainTimeout, DEFAULT_LANES,
        DEFAULT_LINGER);
  }
}
