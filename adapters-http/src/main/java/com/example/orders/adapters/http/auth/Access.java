package com.example.orders.adapters.http.auth;

/** What a route does with the caller's data, and so which configured scope it needs. */
public enum Access {
  /** Reads; needs {@link AuthSettings#readScope()}. */
  READ,
  /** Changes; needs {@link AuthSettings#writeScope()}. */
  WRITE,
  /** Operates the service itself, across tenants; needs {@link AuthSettings#adminScope()}. */
  ADMIN
}
