package com.example.orders.application.task;

/**
 * Runs the tasks of one name. Each handler is registered once (bootstrap adds it to a set the
 * worker reads); nothing else needs to know of it. A task is delivered at least once: a handler
 * drops repeats by {@link Task#id()}, for example through the inbox.
 */
public interface TaskHandler {

  /** The task name it runs, e.g. {@code send-notice}; see {@link TaskRequest#name()}. */
  String name();

  /** Runs one task; throwing asks for a later retry, and after the last attempt parks it. */
  void run(Task task);

  /**
   * Told once the worker gave up on a task (its last attempt failed) and parked it, with the
   * last failure's reason; for handlers that keep a state others can see, such as a job. Does
   * nothing by default.
   */
  default void gaveUp(Task task, String reason) {}
}
