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

  private static final int GROWTH = 4;
  private static final int MOST_ATTEMPTS = 10;

  public RetryPolicy {
    Objects.requireNonNull(firstDelay, "firstDelay");
    if (maxAttempts < 1 || maxAttempts > MOST_ATTEMPTS) {
      throw new IllegalArgumentException("from 1 to " + MOST_ATTEMPTS + " attempts");
    }
    if (firstDelay.isNegative() || firstDelay.isZero()) {
      throw new IllegalArgumentException("the first retry delay is positive");
    }
    if (delay(firstDelay, maxAttempts - 1).compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException("the last retry delay is at most a day");
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
