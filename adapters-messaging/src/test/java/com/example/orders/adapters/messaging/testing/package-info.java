/** Test helpers shared with bootstrap's tests: a real broker with per-test names, and events. */
package com.example.orders.adapters.messaging.testing;
