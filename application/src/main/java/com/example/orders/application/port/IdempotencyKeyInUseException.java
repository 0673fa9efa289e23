package com.example.orders.application.port;

import com.example.orders.domain.shared.KnownFailure;

/** A request with this idempotency key is still running; its retry must wait for it. */
public final class IdempotencyKeyInUseException extends KnownFailure {

  public IdempotencyKeyInUseException(Throwable cause) {
    super(Category.CONFLICT, "idempotency.key-in-progress",
        "A request with this Idempotency-Key is in progress",
        "a request with this Idempotency-Key is still in progress; retry once it has finished",
        cause);
  }
}
