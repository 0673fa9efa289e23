package com.example.orders.adapters.http.ratelimit;

import java.util.Locale;

/** Whose budget a call draws on. */
public enum Scope {
  /** The client's address, for calls that are not (or not yet) authenticated. */
  CLIENT_ADDRESS,
  /** The authenticated caller: the token's subject within its tenant. */
  SUBJECT,
  /** Every caller of one tenant together. */
  TENANT;

  /** How policy names and metrics name the scope, e.g. {@code subject}. */
  public String label() {
    return this == CLIENT_ADDRESS ? "ip" : name().toLowerCase(Locale.ROOT);
  }
}
