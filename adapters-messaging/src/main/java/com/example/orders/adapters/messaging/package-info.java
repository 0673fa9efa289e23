/**
 * Events and background work on the broker: the outbox {@link
 * com.example.orders.adapters.messaging.relay relay} publishes what the use cases committed, the
 * {@link com.example.orders.adapters.messaging.EventTransport transports} (RabbitMQ, or in process
 * in demo mode) deliver it to the features' consumers with retries and parking, in the {@link
 * com.example.orders.adapters.messaging.cloudevents CloudEvents} format.
 */
package com.example.orders.adapters.messaging;
