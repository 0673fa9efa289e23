package com.example.orders.bootstrap.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations as people write them in deployment files: {@code 500ms}, {@code 20s}, ISO. */
final class Durations {

  static final String EXAMPLES = "e.g. 500ms, 20s, 2m, 1h or PT20S";

  private static final Pattern SHORT_FORM = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

  private Durations() {}

  /** The duration {@code text} denotes; empty when it is not one or is negative. */
  static Optional<Duration> parse(String text) {
    Matcher shortForm = SHORT_FORM.matcher(text);
    if (shortForm.matches()) {
      long amount = Long.parseLong(shortForm.group(1));
      return Optional.of(switch (shortForm.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofDays(amount);
      });
    }
    if (!text.startsWith("P") && !text.startsWith("p")) {
      return Optional.empty();
    }
    try {
      Duration iso = Duration.parse(text);
      return iso.isNegative() ? Optional.empty() : Optional.of(iso);
    } catch (DateTimeParseException notIso) {
      return Optional.empty();
    }
  }

  /** The shortest of the short forms that {@link #parse} reads back to the same duration. */
  static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 86_400_000 == 0 && millis != 0) {
      return millis / 86_400_000 + "d";
    }
    if (millis % 3_600_000 == 0 && millis != 0) {
      return millis / 3_600_000 + "h";
    }
    if (millis % 60_000 == 0 && millis != 0) {
      return millis / 60_000 + "m";
    }
    if (millis % 1_000 == 0) {
      return millis / 1_000 + "s";
    }
    return millis + "ms";
  }
}
