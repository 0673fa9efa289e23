/**
 * The outbox relay: one thread per process that claims pending outbox events, publishes them
 * through the transport and marks what was confirmed, woken by commits and polling as a fallback.
 */
package com.example.orders.adapters.messaging.relay;
