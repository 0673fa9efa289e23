package com.example.orders.bootstrap.config;

import java.util.List;

/**
 * One area of the configuration (HTTP, database, token issuer...): which environment variables
 * it reads, into what value, and how that value is printed back. The value is usually the
 * settings record of the adapter the area configures, which owns the rules of its values; the
 * area owns only what is about the environment: variable names, defaults by environment,
 * {@code _FILE} secrets and the rules of production.
 *
 * <p>A new area is a class implementing this interface, with a constant instance that modules
 * pass to {@link Config#get}, and one line in {@link Config}'s list of areas.
 *
 * @param <T> the value read, e.g. {@code Optional<PostgresSettings>} when the area may be unset
 */
public interface ConfigArea<T> {

  /**
   * Reads this area's variables. Each problem is {@linkplain EnvironmentVariables#problem
   * recorded}, naming the variable to fix, and a stand-in is returned so that reading goes on:
   * the configuration is refused once every area has been read.
   */
  T read(EnvironmentVariables variables, AppEnvironment environment);

  /** The effective value as {@code NAME=value} lines, defaults included, secrets masked. */
  List<String> describe(T value);
}
