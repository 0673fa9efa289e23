/**
 * {@code Idempotency-Key} on unsafe requests: a handler that produces a {@link
 * com.example.orders.adapters.http.idempotency.Reply} runs once per key, and retries get the
 * stored reply.
 */
package com.example.orders.adapters.http.idempotency;
