package com.example.orders.adapters.messaging.contract;

import com.example.orders.application.task.Task;
import com.example.orders.application.task.TaskHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A task handler that records what it ran and what it gave up on; it fails the first {@code
 * failures} runs (all of them when negative).
 */
public final class RecordingTaskHandler implements TaskHandler {

  private static final AtomicInteger NAMES = new AtomicInteger();

  private final String name;
  private final int failures;
  private final AtomicInteger runs = new AtomicInteger();
  private final List<Task> done = new ArrayList<>();
  private final List<String> gaveUp = new ArrayList<>();

  public RecordingTaskHandler(String name, int failures) {
    this.name = name;
    this.failures = failures;
  }

  /** A handler of a task name no other test uses. */
  public static RecordingTaskHandler fresh(int failures) {
    return new RecordingTaskHandler("task" + NAMES.incrementAndGet() + "-"
        + Long.toHexString(System.nanoTime() & 0xffffff), failures);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void run(Task task) {
    int run = runs.incrementAndGet();
    if (failures < 0 || run <= failures) {
      throw new IllegalStateException("run " + run + " of " + task.name() + " failed");
    }
    synchronized (done) {
      done.add(task);
    }
  }

  @Override
  public void gaveUp(Task task, String reason) {
    synchronized (gaveUp) {
      gaveUp.add(task.id() + ": " + reason);
    }
  }

  public int runs() {
    return runs.get();
  }

  public List<Task> done() {
    synchronized (done) {
      return List.copyOf(done);
    }
  }

  public List<String> gaveUp() {
    synchronized (gaveUp) {
      return List.copyOf(gaveUp);
    }
  }
}
