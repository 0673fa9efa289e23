package com.example.orders.bootstrap.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Each kind of failure of a survey run, how often it happened and the first full report of it. */
final class FailureSurvey {

  private final Map<String, Integer> counts = new TreeMap<>();
  private final Map<String, String> firstReports = new TreeMap<>();

  synchronized void note(String kind, String report) {
    counts.merge(kind, 1, Integer::sum);
    firstReports.putIfAbsent(kind, report);
  }

  synchronized void writeAndAssertNone(Path file) {
    StringBuilder text = new StringBuilder();
    counts.forEach(
        (kind, count) ->
            text.append(count)
                .append(" x ")
                .append(kind)
                .append('\n')
                .append(firstReports.get(kind))
                .append("\n\n"));
    try {
      Files.createDirectories(file.getParent());
      // reports may quote lone surrogates, which getBytes replaces rather than refuses
      Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    if (!counts.isEmpty()) {
      throw new AssertionError(
          counts.size()
              + " kinds of failure, "
              + counts.values().stream().mapToInt(Integer::intValue).sum()
              + " failures in all; see "
              + file.toAbsolutePath()
              + ":\n"
              + String.join("\n", counts.keySet()));
    }
  }
}
