/**
 * Limits on what a request may carry, per route group: {@link
 * com.example.orders.adapters.http.limits.BodyLimits} refuses a body larger than its group allows
 * with {@code 413}, beneath the server-wide {@code HTTP_MAX_REQUEST_BYTES}.
 */
package com.example.orders.adapters.http.limits;
