package com.example.orders.adapters.http.auth;

/** A valid token lacks the scope that the route needs. */
public final class InsufficientScopeException extends RuntimeException {

  private final String requiredScope;

  public InsufficientScopeException(String requiredScope) {
    super("this needs the scope " + requiredScope, null, false, false);
    this.requiredScope = requiredScope;
  }

  public String requiredScope() {
    return requiredScope;
  }
}
