package com.example.orders.adapters.http.auth;

/**
 * A bearer token was refused. The message says why in terms safe to return to the client (it is
 * sent as the {@code error_description} of the {@code WWW-Authenticate} challenge).
 */
public final class InvalidTokenException extends Exception {

  public InvalidTokenException(String reason) {
    super(reason, null, false, false);
  }
}
