/**
 * Events in the process: the background side (the outbox relay and the consumers, started
 * after the database is migrated and stopped before it closes) and the AsyncAPI document that
 * describes the messages, served beside the OpenAPI one.
 */
package com.example.orders.bootstrap.events;
