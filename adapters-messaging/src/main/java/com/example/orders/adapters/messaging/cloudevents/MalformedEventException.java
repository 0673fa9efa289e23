package com.example.orders.adapters.messaging.cloudevents;

/** A message that is not one of our CloudEvents; its message says why, safe to log. */
public final class MalformedEventException extends Exception {

  private static final long serialVersionUID = 1L;

  public MalformedEventException(String reason) {
    super(reason);
  }

  public MalformedEventException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
