package com.example.orders.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidV7GeneratorTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00.123Z");

  @Test
  void ids_are_version_7_with_the_rfc_9562_variant() {
    UUID id = new UuidV7Generator(Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(1)).next();

    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
  }

  @Test
  void the_first_48_bits_are_the_unix_milliseconds() {
    UUID id = new UuidV7Generator(Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(1)).next();

    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(NOW.toEpochMilli());
  }

  @Test
  void ids_from_a_later_millisecond_sort_after_earlier_ones() {
    UUID earlier = new UuidV7Generator(Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(1)).next();
    UUID later = new UuidV7Generator(Clock.fixed(NOW.plusMillis(1), ZoneOffset.UTC), new SplittableRandom(2)).next();

    assertThat(later.toString()).isGreaterThan(earlier.toString());
  }
}
