package com.example.orders.application.task;

/**
 * A task whose payload its handler cannot read. No retry can mend it: handlers may say so, and
 * the worker parks it after its attempts like any failure, with this reason.
 */
public final class MalformedTaskException extends IllegalArgumentException {

  public MalformedTaskException(String message) {
    super(message);
  }
}
