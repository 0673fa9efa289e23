/**
 * The in-memory twin of the PostgreSQL adapter, for demo mode and fast tests: {@link
 * com.example.orders.adapters.persistence.memory.InMemoryStore} holds the state, and the {@code
 * Orders}, {@code Outbox} and {@code TransactionRunner} ports on top of it behave as the real ones
 * do (same contract suite): transactions see their own writes, commit atomically, roll back on an
 * exception, and a stale version loses exactly as in PostgreSQL.
 */
package com.example.orders.adapters.persistence.memory;
