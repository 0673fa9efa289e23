package com.example.orders.application.idempotency;

import com.example.orders.application.port.IdempotencyKey;
import com.example.orders.application.port.IdempotencyKeys;
import com.example.orders.application.port.StoredResponse;
import com.example.orders.application.port.TransactionRunner;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a request that carries an idempotency key at most once per key: the key is claimed, the
 * request runs and its response is stored, all in one transaction (the use case's own
 * transaction joins it). A retry with the same request gets the stored response; a request that
 * fails stores nothing, so its retry runs again.
 */
public final class IdempotentRequests {

  private final IdempotencyKeys keys;
  private final TransactionRunner transactions;
  private final Clock clock;
  private final Duration retention;

  /** @param retention how long a key and its response are kept after first use */
  public IdempotentRequests(IdempotencyKeys keys, TransactionRunner transactions, Clock clock,
      Duration retention) {
    this.keys = keys;
    this.transactions = transactions;
    this.clock = clock;
    this.retention = retention;
  }

  /**
   * @param fingerprint identifies the request (method, target, body): the same key with another
   *     fingerprint is refused
   * @throws com.example.orders.application.port.IdempotencyKeyReusedException when the key was
   *     used for another request
   * @throws com.example.orders.application.port.IdempotencyKeyInUseException when the first
   *     request with the key is still running
   */
  public Outcome run(IdempotencyKey key, String fingerprint, Supplier<StoredResponse> request) {
    return transactions.inTransaction(() -> {
      var now = clock.instant();
      Optional<StoredResponse> earlier = keys.claim(key, fingerprint, now, now.plus(retention));
      if (earlier.isPresent()) {
        return new Outcome(earlier.get(), true);
      }
      StoredResponse response = request.get();
      keys.complete(key, response);
      return new Outcome(response, false);
    });
  }

  /** Forgets expired keys; returns how many. */
  public int purgeExpired() {
    return keys.purgeExpired(clock.instant());
  }

  /** The response, and whether it is a replay of an earlier request's. */
  public record Outcome(StoredResponse response, boolean replayed) {}
}
