/**
 * The PostgreSQL adapter: the connection pool and migrations ({@link
 * com.example.orders.adapters.persistence.postgres.PostgresDatabase}), transactions bound to the
 * calling thread ({@link com.example.orders.adapters.persistence.postgres.JdbiTransactionRunner}),
 * and the {@code Orders} and {@code Outbox} ports on Jdbi with hand-written SQL and mapping.
 */
package com.example.orders.adapters.persistence.postgres;
