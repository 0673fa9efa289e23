package com.example.orders.application.port;

import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency keys that clients send with unsafe requests, with the response each one got, per
 * tenant and caller. Every call joins the running transaction, so a key is claimed and its
 * response stored in the same transaction as the change it guards: both commit or neither.
 */
public interface IdempotencyKeys {

  /**
   * Claims {@code key} for a request with this fingerprint, or finds the response an earlier
   * request with the key got. A key whose earlier use has expired is claimed afresh.
   *
   * @return the earlier response to replay; empty when the key is now claimed for this request
   * @throws IdempotencyKeyReusedException when the key was used for a different request
   * @throws IdempotencyKeyInUseException when a request with the key is still running
   */
  Optional<StoredResponse> claim(IdempotencyKey key, String fingerprint, Instant now,
      Instant expiresAt);

  /** Stores the response of the request that claimed {@code key}. */
  void complete(IdempotencyKey key, StoredResponse response);

  /** Forgets every key that expired before {@code now}; returns how many. */
  int purgeExpired(Instant now);
}
