/**
 * The task worker: each registered {@link com.example.orders.application.task.TaskHandler}
 * becomes an event consumer of its own ({@code task-<name>}, on a queue of its own), so that
 * tasks are delivered, retried, parked and replayed exactly as events are, on either transport,
 * and a slow task never holds up another kind.
 */
package com.example.orders.adapters.messaging.task;
