/**
 * The order read cache behind the {@code OrderCache} port: what both implementations share (the
 * bounded in-process layer with one load per key at a time, the key names, the settings and the
 * counters). {@code memory} is the in-process twin for demo mode; {@code redis} shares entries
 * between instances and keeps the in-process layer as a near cache in front of Redis.
 */
package com.example.orders.adapters.cache;
