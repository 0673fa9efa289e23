package com.example.orders.application.audit;

import java.util.Locale;

/** How an audited action ended. */
public enum Outcome {
  /** It happened: a change committed with its entry. */
  SUCCESS,
  /** The caller was refused: no acceptable token, or not the scope for it. */
  DENIED,
  /** The request was turned away before it was served, e.g. by the rate limiter. */
  REJECTED;

  /** The stored name, e.g. {@code success}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Outcome ofCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
