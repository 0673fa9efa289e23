package com.example.orders.adapters.http.auth;

/** A protected route was called without a bearer token. */
public final class MissingTokenException extends RuntimeException {

  public MissingTokenException() {
    super("this resource needs a bearer token", null, false, false);
  }
}
