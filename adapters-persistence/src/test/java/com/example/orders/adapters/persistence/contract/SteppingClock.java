package com.example.orders.adapters.persistence.contract;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves one millisecond each time it is read: ids made from it (UUIDv7) grow with
 * every call, so "newest first" is predictable, and its instants survive PostgreSQL's
 * microsecond precision unchanged.
 */
final class SteppingClock extends Clock {

  private final AtomicLong millis;

  SteppingClock(Instant start) {
    this.millis = new AtomicLong(start.toEpochMilli());
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis.incrementAndGet());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the stepping clock is always UTC");
  }
}
