package com.example.orders.application.archfixture;

import com.example.orders.adapters.persistence.memory.InMemoryStore;

/** Breaks the rule on purpose: a use case that reaches into an adapter. */
public final class UseCaseUsingAdapter {

  public Object store() {
    return new InMemoryStore();
  }
}
