/**
 * Background tasks: work a use case or a consumer asks for now and a worker does later, with
 * retries. {@link com.example.orders.application.task.TaskQueue} enqueues a named task; a {@link
 * com.example.orders.application.task.TaskHandler} of that name runs it. Tasks travel through the
 * outbox as events of type {@code task.<name>}, so an enqueued task commits with the change that
 * asked for it and is never lost.
 */
package com.example.orders.application.task;
