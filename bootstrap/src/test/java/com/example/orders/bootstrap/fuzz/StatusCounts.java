package com.example.orders.bootstrap.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How many generated requests got which answer, by kind of request, written for {@code
 * perf/fuzz.sh} to {@code target/fuzz/<mode>.tsv} (kind, status, count; status 0 means no answer,
 * for a client that hung up mid-request).
 */
final class StatusCounts {

  private final Map<String, Map<Integer, Long>> counts = new TreeMap<>();

  synchronized void count(String kind, int status) {
    counts.computeIfAbsent(kind, key -> new TreeMap<>()).merge(status, 1L, Long::sum);
  }

  synchronized void write(Path file) {
    String lines =
        counts.entrySet().stream()
            .flatMap(
                kind ->
                    kind.getValue().entrySet().stream()
                        .map(
                            status ->
                                kind.getKey() + "\t" + status.getKey() + "\t" + status.getValue()))
            .collect(Collectors.joining("\n", "kind\tstatus\tcount\n", "\n"));
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, lines);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
