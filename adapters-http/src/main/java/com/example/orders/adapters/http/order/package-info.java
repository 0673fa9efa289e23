/**
 * The orders API under {@code /api/v1/orders}: {@link
 * com.example.orders.adapters.http.order.OrderRoutes} (one handler per use case), the JSON request
 * and response records, and the translation of requests into domain values that reports every
 * invalid field at once.
 */
package com.example.orders.adapters.http.order;
