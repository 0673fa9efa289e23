package com.example.orders.adapters.messaging.contract;

import com.example.orders.application.port.EventConsumer;
import com.example.orders.application.port.EventEnvelope;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A consumer that records what it handled and fails its first {@code failures} attempts (or
 * every attempt while {@link #failAlways} is on), like a handler whose dependency is down.
 */
public final class RecordingConsumer implements EventConsumer {

  private final String name;
  private final Set<String> types;
  private final AtomicInteger failuresLeft;
  private volatile boolean failAlways;
  private final List<EventEnvelope> handled = new CopyOnWriteArrayList<>();
  private final AtomicInteger attempts = new AtomicInteger();

  public RecordingConsumer(String name, Set<String> types, int failures) {
    this.name = name;
    this.types = Set.copyOf(types);
    this.failuresLeft = new AtomicInteger(failures);
  }

  public RecordingConsumer failAlways(boolean fail) {
    this.failAlways = fail;
    return this;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<String> eventTypes() {
    return types;
  }

  @Override
  public void consume(EventEnvelope event) {
    attempts.incrementAndGet();
    if (failAlways) {
      throw new IllegalStateException("the mail relay is down");
    }
    if (failuresLeft.getAndDecrement() > 0) {
      throw new IllegalStateException("the mail relay is down for now");
    }
    handled.add(event);
  }

  public List<EventEnvelope> handled() {
    return List.copyOf(handled);
  }

  public int attempts() {
    return attempts.get();
  }
}
