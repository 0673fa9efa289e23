/**
 * The service's configuration: environment variables read once at start-up, one
 * {@link com.example.orders.bootstrap.config.ConfigArea} per area (HTTP, shutdown, database,
 * token issuer, logging), all read before any is refused, so that
 * {@link com.example.orders.bootstrap.config.ConfigException} lists every problem at once.
 *
 * <p>An area builds the settings record of the adapter it configures (for example
 * {@code PostgresSettings}), which owns the rules of its values: defaults, bounds and checks.
 * The area keeps only what is about the environment: the variable names, {@code <NAME>_FILE}
 * secrets, defaults that depend on {@code APP_ENV}, the rules of production, and how values are
 * printed ({@link com.example.orders.bootstrap.config.Secrets} masks every secret the same way).
 * An {@code Optional} value says that an area was left unconfigured (no database: in-memory
 * storage; no issuer: the demo issuer).
 */
package com.example.orders.bootstrap.config;
