package com.example.orders.application.port;

import com.example.orders.domain.shared.KnownFailure;

/** Another change to the same aggregate committed first; the caller may re-read and retry. */
public final class ConcurrentModificationException extends KnownFailure {

  /**
   * @param aggregate what was changed, e.g. {@code order}; names the code, {@code
   *     order.concurrent-modification}
   * @param message which aggregate and version, without personal data
   */
  public ConcurrentModificationException(String aggregate, String message) {
    super(Category.CONFLICT, aggregate + ".concurrent-modification",
        "Another change to the " + aggregate + " was saved first",
        message + "; another request changed it at the same time: read it again and retry",
        null);
  }
}
