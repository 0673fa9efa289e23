package com.example.orders.bootstrap.config;

import java.util.Locale;

/**
 * Which roles one process plays, so that each can scale as a Deployment of its own: {@code all}
 * (the default, one process does everything), {@code api} (HTTP only) or {@code worker} (the
 * outbox relay, the consumers and the task workers, with the operational endpoints only).
 */
public enum RunMode {
  ALL,
  API,
  WORKER;

  /** Whether this process answers the API. */
  public boolean servesApi() {
    return this != WORKER;
  }

  /** Whether this process relays the outbox and runs consumers and task workers. */
  public boolean runsWorkers() {
    return this != API;
  }

  /** The value of {@code RUN_MODE} that selects this mode. */
  public String variableValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
