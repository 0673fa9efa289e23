package com.example.orders.adapters.http.auth.introspection;

import java.time.Duration;
import java.util.Optional;

/**
 * Where introspection results are kept for every instance of the service: Redis ({@link
 * RedisIntrospectionCache}), or one process's memory ({@link InMemoryIntrospectionCache}).
 * Entries are found by {@link TokenHash} of the token, never by the token itself. A cache that
 * fails answers "not found" and stores nothing: the token is then introspected.
 */
public interface IntrospectionCache {

  /** The result stored for {@code tokenHash} and not yet expired. */
  Optional<IntrospectedToken> find(String tokenHash);

  /** Keeps {@code token} for {@code ttl} (positive). */
  void store(String tokenHash, IntrospectedToken token, Duration ttl);
}
