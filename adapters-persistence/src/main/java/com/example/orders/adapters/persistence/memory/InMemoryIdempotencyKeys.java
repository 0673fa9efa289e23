package com.example.orders.adapters.persistence.memory;

import com.example.orders.application.port.IdempotencyKey;
import com.example.orders.application.port.IdempotencyKeyReusedException;
import com.example.orders.application.port.IdempotencyKeys;
import com.example.orders.application.port.StoredResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link IdempotencyKeys} port in memory. A key and its response become visible when the
 * transaction that claimed it commits, and not at all when it rolls back. Transactions here run
 * one at a time, so a concurrent retry simply waits for the first request and replays its
 * response; it never sees a key in progress.
 */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {

  private final InMemoryStore store;
  private final Map<IdempotencyKey, Entry> committed = new ConcurrentHashMap<>();
  // claims of the thread's running transaction, completed before it commits
  private final ThreadLocal<Map<IdempotencyKey, Entry>> claims =
      ThreadLocal.withInitial(HashMap::new);

  public InMemoryIdempotencyKeys(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public Optional<StoredResponse> claim(IdempotencyKey key, String fingerprint, Instant now,
      Instant expiresAt) {
    Entry earlier = committed.get(key);
    if (earlier == null || !earlier.expiresAt().isAfter(now)) {
      claims.get().put(key, new Entry(fingerprint, expiresAt, null));
      return Optional.empty();
    }
    if (!earlier.fingerprint().equals(fingerprint)) {
      throw new IdempotencyKeyReusedException();
    }
    return Optional.of(earlier.response());
  }

  @Override
  public void complete(IdempotencyKey key, StoredResponse response) {
    Entry claim = claims.get().remove(key);
    if (claim == null) {
      throw new IllegalStateException("idempotency key " + key.value() + " was not claimed");
    }
    Entry done = new Entry(claim.fingerprint(), claim.expiresAt(), response);
    store.onCommit(() -> committed.put(key, done));
  }

  @Override
  public int purgeExpired(Instant now) {
    int before = committed.size();
    committed.values().removeIf(entry -> !entry.expiresAt().isAfter(now));
    return before - committed.size();
  }

  private record Entry(String fingerprint, Instant expiresAt, StoredResponse response) {}
}
