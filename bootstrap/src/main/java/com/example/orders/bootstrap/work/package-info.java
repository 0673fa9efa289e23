/**
 * The background side of a process: the outbox relay and the consumers, started after the
 * database is migrated and stopped before it closes.
 */
package com.example.orders.bootstrap.work;
