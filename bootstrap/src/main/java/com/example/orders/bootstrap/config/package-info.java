/**
 * The service's configuration: environment variables read once at start-up into immutable,
 * typed records, one per area ({@link com.example.orders.bootstrap.config.HttpConfig},
 * {@link com.example.orders.bootstrap.config.DatabaseConfig}...), validated together so that
 * {@link com.example.orders.bootstrap.config.ConfigException} lists every problem at once.
 *
 * <p>These records are snapshots of the environment: an {@code Optional} component says that an
 * area was left unconfigured (no database: in-memory storage; no issuer: the demo issuer).
 * Secrets are {@link com.example.orders.bootstrap.config.Secret}s, masked in every
 * {@code toString}, and may be read from a mounted file named by {@code <NAME>_FILE}.
 */
package com.example.orders.bootstrap.config;
