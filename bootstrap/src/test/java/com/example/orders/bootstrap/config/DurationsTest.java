package com.example.orders.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void short_forms_name_milliseconds_seconds_minutes_and_hours() {
    assertThat(Durations.parse("500ms")).contains(Duration.ofMillis(500));
    assertThat(Durations.parse("20s")).contains(Duration.ofSeconds(20));
    assertThat(Durations.parse("2m")).contains(Duration.ofMinutes(2));
    assertThat(Durations.parse("1h")).contains(Duration.ofHours(1));
    assertThat(Durations.parse("365d")).contains(Duration.ofDays(365));
    assertThat(Durations.parse("0s")).contains(Duration.ZERO);
  }

  @Test
  void iso_8601_durations_are_accepted() {
    assertThat(Durations.parse("PT20S")).contains(Duration.ofSeconds(20));
    assertThat(Durations.parse("pt1m30s")).contains(Duration.ofSeconds(90));
  }

  @Test
  void anything_else_is_not_a_duration() {
    assertThat(Durations.parse("20")).isEmpty();
    assertThat(Durations.parse("20 s")).isEmpty();
    assertThat(Durations.parse("-5s")).isEmpty();
    assertThat(Durations.parse("PT-5S")).isEmpty();
    assertThat(Durations.parse("2w")).isEmpty();
    assertThat(Durations.parse("soon")).isEmpty();
  }

  @Test
  void formatting_uses_the_largest_exact_unit() {
    assertThat(Durations.format(Duration.ofMillis(500))).isEqualTo("500ms");
    assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("90s");
    assertThat(Durations.format(Duration.ofMinutes(2))).isEqualTo("2m");
    assertThat(Durations.format(Duration.ofHours(12))).isEqualTo("12h");
    assertThat(Durations.format(Duration.ofHours(48))).isEqualTo("2d");
    assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
  }
}
