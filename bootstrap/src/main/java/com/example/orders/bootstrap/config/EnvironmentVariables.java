package com.example.orders.bootstrap.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Typed reads of environment variables that never stop at the first bad value: each problem is
 * recorded, a fallback is returned so that reading goes on, and {@link #problems()} has them all.
 * A blank value counts as unset, as {@code NAME=} in a compose or env file usually means that.
 *
 * <p>Public only as the parameter of {@link ConfigArea#read}: its reads are for the areas of
 * this package.
 */
public final class EnvironmentVariables {

  static final String FILE_SUFFIX = "_FILE";

  private final Map<String, String> environment;
  private final List<String> problems = new ArrayList<>();

  EnvironmentVariables(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  List<String> problems() {
    return List.copyOf(problems);
  }

  void problem(String line) {
    problems.add(line);
  }

  /**
   * A value that a rule of a settings record checks, e.g. {@code variables.accepted(() ->
   * PostgresSettings.requireJdbcUrl("DATABASE_URL", url))}: the rule names the variable it is
   * given, and its complaint becomes a problem.
   */
  <T> Optional<T> accepted(Supplier<T> rule) {
    try {
      return Optional.of(rule.get());
    } catch (IllegalArgumentException refused) {
      problem(refused.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Reports each of {@code dependents} that is set although {@code main}, which switches their
   * area on, is not: a typo or a half-removed setting, never an intention.
   *
   * @param purpose what setting {@code main} does, e.g. "use PostgreSQL"
   */
  void refuseWithout(String main, List<String> dependents, String purpose) {
    dependents.stream().filter(this::isSet).forEach(name -> problem(name + " is set but " + main
        + " is not: set " + main + " to " + purpose + ", or unset " + name));
  }

  boolean isSet(String name) {
    return raw(name).isPresent();
  }

  /** The trimmed value of {@code name}, when set. */
  Optional<String> text(String name) {
    return raw(name).map(String::strip);
  }

  String text(String name, String fallback) {
    return text(name).orElse(fallback);
  }

  /**
   * The value of {@code name}, or the content of the file named by {@code name_FILE} (how
   * orchestrators mount secrets); one trailing line break of the file is dropped, and an empty
   * file is a problem rather than an empty value.
   */
  Optional<String> textOrFile(String name) {
    Optional<String> direct = raw(name);
    Optional<String> file = text(name + FILE_SUFFIX);
    if (direct.isPresent() && file.isPresent()) {
      problem(name + " and " + name + FILE_SUFFIX + " are both set: set only one of them");
      return Optional.empty();
    }
    if (file.isEmpty()) {
      return direct;
    }
    try {
      String content = Files.readString(Path.of(file.get())).replaceFirst("\\r?\\n\\z", "");
      if (content.isBlank()) {
        problem(name + FILE_SUFFIX + " names an empty file: " + file.get());
        return Optional.empty();
      }
      return Optional.of(content);
    } catch (IOException | InvalidPathException unreadable) {
      problem(name + FILE_SUFFIX + " names a file that cannot be read: " + file.get()
          + " (" + unreadable.getClass().getSimpleName() + ")");
      return Optional.empty();
    }
  }

  int integer(String name, int fallback, int min, int max) {
    return (int) wholeNumber(name, fallback, min, max);
  }

  long wholeNumber(String name, long fallback, long min, long max) {
    Optional<String> value = text(name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      long number = Long.parseLong(value.get().replace("_", ""));
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // reported below, with the accepted range
    }
    problem(name + " must be a whole number from " + min + " to " + max
        + ", got '" + value.get() + "'");
    return fallback;
  }

  Duration duration(String name, Duration fallback, Duration min, Duration max) {
    Optional<String> value = text(name);
    if (value.isEmpty()) {
      return fallback;
    }
    Optional<Duration> parsed = Durations.parse(value.get());
    if (parsed.isEmpty()) {
      problem(name + " must be a duration (" + Durations.EXAMPLES + "), got '" + value.get() + "'");
      return fallback;
    }
    if (parsed.get().compareTo(min) < 0 || parsed.get().compareTo(max) > 0) {
      problem(name + " must be from " + Durations.format(min) + " to " + Durations.format(max)
          + ", got '" + value.get() + "'");
      return fallback;
    }
    return parsed.get();
  }

  boolean flag(String name, boolean fallback) {
    Optional<String> value = text(name);
    if (value.isEmpty()) {
      return fallback;
    }
    return switch (value.get().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> {
        problem(name + " must be true or false, got '" + value.get() + "'");
        yield fallback;
      }
    };
  }

  /** One of {@code choices}, named without regard to case. */
  <E extends Enum<E>> E choice(String name, E[] choices, E fallback) {
    Optional<String> value = text(name);
    if (value.isEmpty()) {
      return fallback;
    }
    List<String> accepted = new ArrayList<>();
    for (E choice : choices) {
      if (choice.name().equalsIgnoreCase(value.get())) {
        return choice;
      }
      accepted.add(choice.name().toLowerCase(Locale.ROOT));
    }
    problem(name + " must be one of " + String.join(", ", accepted)
        + ", got '" + value.get() + "'");
    return fallback;
  }

  /** An absolute {@code http} or {@code https} URI, when set. */
  Optional<URI> httpUri(String name) {
    Optional<String> value = text(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(value.get());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException malformed) {
      // reported below, with an example
    }
    problem(name + " must be an absolute http or https URL, got '" + value.get() + "'");
    return Optional.empty();
  }

  private Optional<String> raw(String name) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
