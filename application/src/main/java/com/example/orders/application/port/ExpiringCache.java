package com.example.orders.application.port;

import java.time.Duration;
import java.util.Optional;

/**
 * Short-lived text values shared by every instance of the service, each kept for a lifetime of
 * its own (token introspection results, say). Keys are chosen by the caller and must be safe to
 * store (a hash, never a secret). The cache is an optimisation only: when whatever stands behind
 * it is down, nothing is found, nothing is kept, and nothing is thrown.
 */
public interface ExpiringCache {

  /** The value stored under {@code key} whose lifetime has not ended. */
  Optional<String> find(String key);

  /** Keeps {@code value} under {@code key} for {@code ttl} (positive), replacing what was there. */
  void put(String key, String value, Duration ttl);

  /** No cache at all: nothing is ever found. */
  static ExpiringCache none() {
    return new ExpiringCache() {
      @Override
      public Optional<String> find(String key) {
        return Optional.empty();
      }

      @Override
      public void put(String key, String value, Duration ttl) {
        // nothing is kept
      }
    };
  }
}
