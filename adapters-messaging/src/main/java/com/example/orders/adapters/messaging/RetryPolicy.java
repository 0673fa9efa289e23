package com.example.orders.adapters.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * How often and how late a failed delivery is tried again: attempt {@code n + 1} follows attempt
 * {@code n} after {@code firstDelay * 4^(n-1)}, and after {@code maxAttempts} the message parks.
 *
 * @param maxAttempts deliveries in all, the first included; 1 parks at the first failure
 * @param firstDelay the wait before the second attempt
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay) {

  public static final int DEFAULT_MAX_ATTEMPTS = 5;
  public static final int MAX_ATTEMPTS_MIN = 1;
  public static final int MAX_ATTEMPTS_MAX = 10;
  public static final Duration DEFAULT_FIRST_DELAY = Duration.ofSeconds(1);
  public static final Duration FIRST_DELAY_MIN = Duration.ofMillis(10);
  public static final Duration FIRST_DELAY_MAX = Duration.ofMinutes(5);
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(DEFAULT_MAX_ATTEMPTS, DEFAULT_FIRST_DELAY);

  private static final int GROWTH = 4;

  public RetryPolicy {
    Objects.requireNonNull(firstDelay, "firstDelay");
    if (maxAttempts < MAX_ATTEMPTS_MIN || maxAttempts > MAX_ATTEMPTS_MAX) {
      throw new IllegalArgumentException("maxAttempts must be " + MAX_ATTEMPTS_MIN + " to "
          + MAX_ATTEMPTS_MAX + ", was " + maxAttempts);
    }
    if (firstDelay.compareTo(FIRST_DELAY_MIN) < 0 || firstDelay.compareTo(FIRST_DELAY_MAX) > 0) {
      throw new IllegalArgumentException("the first retry delay must be " + FIRST_DELAY_MIN
          + " to " + FIRST_DELAY_MAX + ", was " + firstDelay);
    }
    if (maxAttempts > 1 && delay(firstDelay, maxAttempts - 1).compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException("the last retry delay (each is four times the one"
          + " before) must be at most a day, was " + delay(firstDelay, maxAttempts - 1));
    }
  }

  /** Whether a delivery that failed at {@code attempt} (from 1) is tried again. */
  public boolean retriesAfter(int attempt) {
    return attempt < maxAttempts;
  }

  /** The wait after a failed {@code attempt} (from 1) before the next one. */
  public Duration delayAfter(int attempt) {
    if (!retriesAfter(attempt) || attempt < 1) {
      throw new IllegalArgumentException("attempt " + attempt + " is not retried");
    }
    return delay(firstDelay, attempt);
  }

  /** The wait after each retried attempt, in order: one delay queue each. */
  public List<Duration> delays() {
    return IntStream.range(1, maxAttempts).mapToObj(this::delayAfter).toList();
  }

  private static Duration delay(Duration first, int attempt) {
    return first.multipliedBy((long) Math.pow(GROWTH, attempt - 1));
  }
}
