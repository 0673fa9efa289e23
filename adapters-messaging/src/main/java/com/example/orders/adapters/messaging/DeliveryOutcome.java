package com.example.orders.adapters.messaging;

/** What became of one delivery to a consumer. */
public enum DeliveryOutcome {
  /** The consumer handled it; the message is gone. */
  OK,
  /** The consumer failed; the message waits in a delay queue for the next attempt. */
  RETRIED,
  /** The last attempt failed, or the message could not be read: it is parked for an operator. */
  PARKED
}
