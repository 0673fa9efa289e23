package com.example.orders.adapters.messaging.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The time of an event reads as {@link Instant#parse} reads it, whatever its form. */
class InstantTextTest {

  @Test
  void every_instant_written_by_toString_reads_back_equal() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 100_000; i++) {
      Instant instant = Instant.ofEpochSecond(
          random.nextLong(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
              Instant.parse("9999-12-31T23:59:59Z").getEpochSecond()),
          switch (i % 4) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
          });

      assertThat(InstantText.parse(instant.toString())).isEqualTo(instant);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-12-03T05:39:00+01:00", "2026-12-03t05:39:00z",
      "2026-12-03T05:39:00.1Z", "2026-12-03T05:39:00.123456789Z", "+10000-01-01T00:00:00Z",
      "2026-12-03T23:59:60Z", "2026-12-03T24:00:00Z", "2026-12-03T05:39:00.Z",
      "1970-01-01T00:00:00Z"})
  void other_forms_read_as_instant_parse_reads_them(String text) {
    assertThat(InstantText.parse(text)).isEqualTo(Instant.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Z", "2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z",
      "2026-12-03T05:39:60Z", "2026-12-03T05:39:00.1234567890Z",
      "2026-12-03T05:3x:00Z", "2026-12-03 05:39:00Z", "2026-12-03T05:39:00"})
  void what_instant_parse_refuses_is_refused(String text) {
    assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> InstantText.parse(text))
        .isInstanceOf(DateTimeParseException.class);
  }
}
