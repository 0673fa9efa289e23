package com.example.orders.application.port;

/** Another change to the same order committed first; the caller may re-read and retry. */
public final class ConcurrentModificationException extends RuntimeException {

  public ConcurrentModificationException(String message) {
    super(message);
  }
}
