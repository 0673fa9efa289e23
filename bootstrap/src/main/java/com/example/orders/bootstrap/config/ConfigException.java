package com.example.orders.bootstrap.config;

import java.util.List;

/** The environment does not describe a runnable service; {@link #problems()} says every reason. */
public final class ConfigException extends RuntimeException {

  private final List<String> problems;

  public ConfigException(List<String> problems) {
    super("invalid configuration:\n  " + String.join("\n  ", problems), null, false, false);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a configuration error names at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** One line per problem, each naming the environment variable to fix. */
  public List<String> problems() {
    return problems;
  }
}
