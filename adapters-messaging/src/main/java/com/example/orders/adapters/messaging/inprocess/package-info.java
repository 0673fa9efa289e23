/**
 * Demo mode's transport: events go from the relay to the consumers inside the process, in the
 * same CloudEvents bytes and through the same retry and parking rules as on RabbitMQ, but kept in
 * memory (gone with the process, like the rest of demo mode's data).
 */
package com.example.orders.adapters.messaging.inprocess;
