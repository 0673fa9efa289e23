package com.example.orders.application.port;

import java.time.Duration;
import java.util.Objects;

/**
 * A quota: at most {@code quota} calls per {@code window}, as a token bucket that holds {@code
 * quota} permits and refills them evenly over the window (so a full bucket allows a burst of the
 * whole quota, and an empty one a call every {@code window / quota}).
 *
 * @param name the policy's name as clients see it in the {@code RateLimit} headers, e.g. {@code
 *     read-subject}
 */
public record RateLimit(String name, long quota, Duration window) {

  public static final long MAX_QUOTA = 1_000_000_000L;
  public static final Duration MIN_WINDOW = Duration.ofSeconds(1);
  public static final Duration MAX_WINDOW = Duration.ofDays(1);

  public RateLimit {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(window, "window");
    if (quota < 1 || quota > MAX_QUOTA) {
      throw new IllegalArgumentException("a quota is 1 to " + MAX_QUOTA + " calls, not " + quota);
    }
    if (window.compareTo(MIN_WINDOW) < 0 || window.compareTo(MAX_WINDOW) > 0) {
      throw new IllegalArgumentException("a window is 1s to 1d, not " + window);
    }
  }
}
