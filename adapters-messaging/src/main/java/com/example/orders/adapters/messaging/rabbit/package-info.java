/**
 * The RabbitMQ transport on amqp-client: one connection with automatic recovery, the topology
 * declared at start-up, a publisher-confirm channel for the relay, and one channel per consumer
 * thread with manual acknowledgements and bounded prefetch.
 */
package com.example.orders.adapters.messaging.rabbit;
