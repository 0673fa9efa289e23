/**
 * The HTTP adapter: a Javalin server on virtual threads ({@link
 * com.example.orders.adapters.http.HttpServer}) that tracks every request (request id, MDC,
 * security headers, {@link com.example.orders.adapters.http.RequestObserver}), serves the orders
 * API, the hand-written OpenAPI document with its Swagger UI, and the unauthenticated operational
 * endpoints that bootstrap supplies. Features live in sub-packages: {@code auth}, {@code order} and
 * {@code problem}.
 */
package com.example.orders.adapters.http;
