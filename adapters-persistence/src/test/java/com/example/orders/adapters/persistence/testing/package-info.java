/**
 * Test support shipped in the test-jar for other modules' tests: {@link
 * com.example.orders.adapters.persistence.testing.TestDatabase}, a fresh migrated PostgreSQL
 * database per test class, dropped afterwards.
 */
package com.example.orders.adapters.persistence.testing;
