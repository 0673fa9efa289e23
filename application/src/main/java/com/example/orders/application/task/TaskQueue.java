package com.example.orders.application.task;

import java.util.UUID;

/**
 * Where background work is asked for. Enqueueing joins the running transaction: the task exists
 * if and only if the change that asked for it commits, and runs only after that. A task runs at
 * least once; its handler drops repeats by {@link Task#id()}.
 */
public interface TaskQueue {

  /** Enqueues the task and returns its id. */
  UUID enqueue(TaskRequest request);
}
