package com.example.orders.adapters.cache;

import com.example.orders.domain.order.Order;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reads remembered in this process, bounded in number, each for its own time. A miss is loaded
 * once however many readers want the same key at the same moment: the first loads, the others wait
 * for its result (stampede protection). An eviction during a load keeps that load's result out of
 * the cache, since it may predate the change that caused the eviction.
 */
public final class LocalCache {

  private final Cache<String, Entry> entries;
  private final ConcurrentHashMap<String, Load> loads = new ConcurrentHashMap<>();

  public LocalCache(int maxEntries) {
    this.entries = Caffeine.newBuilder()
        .maximumSize(maxEntries)
        .expireAfter(new PerEntryExpiry())
        // upkeep on the reading thread, not handed to the common pool: a thread woken per drain
        .executor(Runnable::run)
        .build();
  }

  /** The remembered read under {@code key}, if any and not yet expired. */
  public Optional<CachedRead> get(String key) {
    Entry entry = entries.getIfPresent(key);
    return entry == null ? Optional.empty() : Optional.of(entry.read());
  }

  /**
   * Loads {@code key} with {@code loader}, or waits for the load already running for it, and
   * remembers the result for as long as the loader says.
   */
  public CachedRead load(String key, Supplier<Loaded> loader) {
    Load mine = new Load();
    Load running = loads.putIfAbsent(key, mine);
    if (running != null) {
      return running.await();
    }
    try {
      // a load that finished between the caller's miss and this one's start has the answer
      Entry finished = entries.getIfPresent(key);
      if (finished != null) {
        mine.result.complete(finished.read());
        return finished.read();
      }
      Loaded loaded = loader.get();
      if (!loaded.keepFor().isZero()) {
        // under the key's lock: an eviction happens either before (and is seen here) or after
        entries.asMap().compute(key, (name, previous) -> mine.evicted
            ? previous
            : new Entry(loaded.read(), loaded.keepFor().toNanos()));
      }
      mine.result.complete(loaded.read());
      return loaded.read();
    } catch (RuntimeException failure) {
      mine.result.completeExceptionally(failure);
      throw failure;
    } finally {
      loads.remove(key, mine);
    }
  }

  /**
   * The order remembered under {@code key}, counted as a hit; otherwise what {@code loader} finds
   * (which counts its own hits and misses), loaded once for all concurrent callers.
   */
  public Optional<Order> find(String key, CacheStatistics statistics, Supplier<Loaded> loader) {
    Optional<CachedRead> remembered = get(key);
    if (remembered.isPresent()) {
      statistics.recordHit();
      return remembered.get().order();
    }
    return load(key, loader).order();
  }

  /** Forgets {@code key}, and keeps the result of a load running for it out of the cache. */
  public void evict(String key) {
    entries.asMap().compute(key, (name, previous) -> {
      Load running = loads.get(key);
      if (running != null) {
        running.evicted = true;
      }
      return null;
    });
  }

  /** Forgets everything, e.g. after invalidations may have been missed. */
  public void clear() {
    entries.invalidateAll();
    loads.values().forEach(load -> load.evicted = true);
  }

  /**
   * What a loader found and how long to remember it.
   *
   * @param keepFor zero: do not remember (e.g. the source of invalidations is unreachable)
   */
  public record Loaded(CachedRead read, Duration keepFor) {}

  private record Entry(CachedRead read, long keepNanos) {}

  private static final class Load {
    final CompletableFuture<CachedRead> result = new CompletableFuture<>();
    volatile boolean evicted;

    CachedRead await() {
      try {
        return result.join();
      } catch (CompletionException failed) {
        if (failed.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        throw failed;
      }
    }
  }

  private static final class PerEntryExpiry implements Expiry<String, Entry> {
    @Override
    public long expireAfterCreate(String key, Entry entry, long now) {
      return entry.keepNanos();
    }

    @Override
    public long expireAfterUpdate(String key, Entry entry, long now, long currentDuration) {
      return entry.keepNanos();
    }

    @Override
    public long expireAfterRead(String key, Entry entry, long now, long currentDuration) {
      return currentDuration;
    }
  }
}
