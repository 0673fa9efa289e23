/** Test support shared with bootstrap's tests: a Redis with a key prefix of its own per test. */
package com.example.orders.adapters.cache.testing;
