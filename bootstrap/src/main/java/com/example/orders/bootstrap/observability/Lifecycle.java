package com.example.orders.bootstrap.observability;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicReference;

/** Where the service is in its life: probes answer from it, starting and stopping move it. */
@Singleton
public final class Lifecycle {

  /** The phases, in the only order they happen. */
  public enum Phase {
    STARTING,
    SERVING,
    STOPPING
  }

  private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.STARTING);

  @Inject
  public Lifecycle() {}

  public Phase phase() {
    return phase.get();
  }

  /** Every dependency is up and the server listens: the service may get traffic. */
  public void markServing() {
    if (!phase.compareAndSet(Phase.STARTING, Phase.SERVING)) {
      throw new IllegalStateException("the service is " + phase.get() + ", not STARTING");
    }
  }

  /** The service is going away: readiness answers DOWN from now on, so traffic moves elsewhere. */
  public void markStopping() {
    phase.set(Phase.STOPPING);
  }
}
