package com.example.orders.adapters.cache.ratelimit;

import com.example.orders.application.port.RateLimit;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.util.function.BiFunction;

/**
 * A bounded map from key to bucket (or bucket proxy) in this process. An entry unused for its
 * limit's window is dropped: by then its bucket would be full again, so forgetting it changes
 * nothing. Past {@code maxEntries} the least used go first, which at worst gives those callers a
 * fresh, full bucket.
 */
final class KeyedBuckets<B> {

  private final Cache<String, Entry<B>> entries;

  KeyedBuckets(long maxEntries) {
    this.entries = Caffeine.newBuilder()
        .maximumSize(maxEntries)
        .expireAfter(Expiry.<String, Entry<B>>accessing((key, entry) -> entry.limit().window()))
        // upkeep on the reading thread, not handed to the common pool: a thread woken per drain
        .executor(Runnable::run)
        .build();
  }

  B get(String key, RateLimit limit, BiFunction<String, RateLimit, B> create) {
    Entry<B> entry = entries.get(key, absent -> new Entry<>(limit, create.apply(key, limit)));
    if (!entry.limit().equals(limit)) {
      // the key's limit changed (a test or a future reload): start over with the new shape
      entry = new Entry<>(limit, create.apply(key, limit));
      entries.put(key, entry);
    }
    return entry.bucket();
  }

  private record Entry<B>(RateLimit limit, B bucket) {}
}
