package com.example.orders.adapters.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long reads are remembered and how many.
 *
 * @param ttl how long an order is remembered; each entry gets up to {@link #JITTER} less, so that
 *     orders cached together do not all expire in the same instant
 * @param negativeTtl how long "no such order" is remembered: short, it only shields the database
 *     from a burst of reads of an unknown id
 * @param localTtl how long an instance keeps an entry in its own memory in front of Redis; also
 *     the most an instance can serve an old order after another changed it, should the
 *     invalidation message be lost
 * @param maxEntries the most entries an instance keeps in its own memory
 */
public record CacheSettings(Duration ttl, Duration negativeTtl, Duration localTtl, int maxEntries) {

  public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);
  public static final Duration DEFAULT_NEGATIVE_TTL = Duration.ofSeconds(5);
  public static final Duration DEFAULT_LOCAL_TTL = Duration.ofSeconds(1);
  public static final int DEFAULT_MAX_ENTRIES = 10_000;
  public static final Duration MIN_TTL = Duration.ofMillis(1);
  public static final Duration MAX_TTL = Duration.ofDays(1);
  public static final int MAX_ENTRIES = 10_000_000;

  /** The largest share of the TTL taken off at random. */
  public static final double JITTER = 0.1;

  public static final CacheSettings DEFAULTS = new CacheSettings(
      DEFAULT_TTL, DEFAULT_NEGATIVE_TTL, DEFAULT_LOCAL_TTL, DEFAULT_MAX_ENTRIES);

  public CacheSettings {
    List<String> problems = new ArrayList<>();
    requireWithin(problems, "ttl", ttl);
    requireWithin(problems, "negativeTtl", negativeTtl);
    requireWithin(problems, "localTtl", localTtl);
    if (maxEntries < 1 || maxEntries > MAX_ENTRIES) {
      problems.add("maxEntries must be from 1 to " + MAX_ENTRIES + ", got " + maxEntries);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  /** The TTL for one new entry: {@link #ttl} less a random share of up to {@link #JITTER}. */
  public Duration jitteredTtl() {
    long millis = ttl.toMillis();
    long jitter = (long) (millis * JITTER * ThreadLocalRandom.current().nextDouble());
    return Duration.ofMillis(Math.max(1, millis - jitter));
  }

  private static void requireWithin(List<String> problems, String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.compareTo(MIN_TTL) < 0 || value.compareTo(MAX_TTL) > 0) {
      problems.add(name + " must be from 1ms to 1d, got " + value);
    }
  }
}
