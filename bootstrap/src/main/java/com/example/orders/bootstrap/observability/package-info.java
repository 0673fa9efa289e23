/**
 * What operators and platforms see of a running service: the lifecycle phase, health endpoints
 * for Kubernetes probes ({@code /health/live}, {@code /health/ready}, {@code /health/startup}),
 * and Prometheus metrics at {@code /metrics} (HTTP requests per route, connection pool, JVM).
 */
package com.example.orders.bootstrap.observability;
