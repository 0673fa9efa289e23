package com.example.orders.adapters.messaging;

/** Told the outcome of every delivery, for metrics. */
@FunctionalInterface
public interface DeliveryObserver {

  DeliveryObserver NONE = (consumer, outcome, durationNanos) -> { };

  void delivered(String consumer, DeliveryOutcome outcome, long durationNanos);
}
