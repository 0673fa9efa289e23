package com.example.orders.bootstrap.config;

import java.util.Objects;

/** A value never to be printed: {@link #toString()} masks it, {@link #reveal()} hands it over. */
public final class Secret {

  private static final String MASK = "****";

  private final String value;

  public Secret(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /** The secret itself, for the one component that needs it (a connection pool, say). */
  public String reveal() {
    return value;
  }

  public boolean isEmpty() {
    return value.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret secret && secret.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Says only whether a value is there, so that logging a configuration leaks nothing. */
  @Override
  public String toString() {
    return value.isEmpty() ? "(empty)" : MASK;
  }
}
