/**
 * Guards for every outbound call, shared by all adapters: {@link
 * com.example.orders.bootstrap.resilience.DependencyGuards} hands out one resilience4j circuit
 * breaker, retry policy and bulkhead per dependency, configured from {@code RESILIENCE_*}, logs
 * each breaker state change once and feeds {@code /metrics}.
 */
package com.example.orders.bootstrap.resilience;
