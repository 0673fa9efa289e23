package com.example.orders.bootstrap.audit;

import java.time.Duration;
import java.util.Objects;

/**
 * How the service keeps its audit trail.
 *
 * @param enabled whether changes and security events are recorded at all
 * @param retention how long entries are kept before the purge deletes them; at least {@link
 *     #MIN_RETENTION} (the database refuses to purge the last day)
 * @param queueCapacity how many security events wait for the writer at most; more are dropped
 *     and counted
 * @param repeatWindow how long the repeats of one refusal are counted into one more entry after
 *     the first instead of recorded each; zero records each
 */
public record AuditSettings(
    boolean enabled, Duration retention, int queueCapacity, Duration repeatWindow) {

  public static final Duration DEFAULT_RETENTION = Duration.ofDays(400);
  public static final Duration MIN_RETENTION = Duration.ofDays(2);
  public static final Duration MAX_RETENTION = Duration.ofDays(3_650);
  public static final int DEFAULT_QUEUE_CAPACITY = 10_000;
  public static final int MAX_QUEUE_CAPACITY = 1_000_000;
  public static final Duration DEFAULT_REPEAT_WINDOW = Duration.ofMinutes(1);
  public static final Duration MAX_REPEAT_WINDOW = Duration.ofHours(1);

  public AuditSettings {
    Objects.requireNonNull(retention, "retention");
    if (retention.compareTo(MIN_RETENTION) < 0 || retention.compareTo(MAX_RETENTION) > 0) {
      throw new IllegalArgumentException("retention must be " + MIN_RETENTION + " to "
          + MAX_RETENTION + ", was " + retention);
    }
    if (queueCapacity < 1 || queueCapacity > MAX_QUEUE_CAPACITY) {
      throw new IllegalArgumentException(
          "queueCapacity must be 1 to " + MAX_QUEUE_CAPACITY + ", was " + queueCapacity);
    }
    Objects.requireNonNull(repeatWindow, "repeatWindow");
    if (repeatWindow.isNegative() || repeatWindow.compareTo(MAX_REPEAT_WINDOW) > 0) {
      throw new IllegalArgumentException(
          "repeatWindow must be 0 to " + MAX_REPEAT_WINDOW + ", was " + repeatWindow);
    }
  }
}
