package com.example.orders.application.port;

import com.example.orders.domain.shared.KnownFailure;

/** An idempotency key came back with a different request than the one it was first used for. */
public final class IdempotencyKeyReusedException extends KnownFailure {

  public IdempotencyKeyReusedException() {
    super(Category.INVALID_VALUE, "idempotency.key-reused",
        "This Idempotency-Key was used for another request",
        "this Idempotency-Key was already used for a different request;"
            + " use a new key for a new request",
        null);
  }
}
