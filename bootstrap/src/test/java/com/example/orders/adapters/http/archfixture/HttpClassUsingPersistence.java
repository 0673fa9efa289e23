package com.example.orders.adapters.http.archfixture;

import com.example.orders.adapters.persistence.memory.InMemoryStore;
import com.example.orders.bootstrap.config.Config;

/** Breaks the rules on purpose: an adapter that imports another adapter and bootstrap. */
public final class HttpClassUsingPersistence {

  public Object store() {
    return new InMemoryStore();
  }

  public Class<?> config() {
    return Config.class;
  }
}
