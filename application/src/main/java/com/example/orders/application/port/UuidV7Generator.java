package com.example.orders.application.port;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.random.RandomGenerator;

/** Generates RFC 9562 version 7 UUIDs: 48 bits of Unix milliseconds, then random bits. */
public final class UuidV7Generator implements IdGenerator {

  private final Clock clock;
  private final RandomGenerator random;

  public UuidV7Generator(Clock clock) {
    this(clock, new SecureRandom());
  }

  public UuidV7Generator(Clock clock, RandomGenerator random) {
    this.clock = clock;
    this.random = random;
  }

  @Override
  public UUID next() {
    long millis = clock.millis();
    long mostSignificant = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
    long leastSignificant = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(mostSignificant, leastSignificant);
  }
}
