/**
 * The behaviour every {@code OrderCache} and every {@code RateLimiter} implementation must have, as
 * abstract suites.
 */
package com.example.orders.adapters.cache.contract;
