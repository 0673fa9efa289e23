package com.example.orders.domain.archfixture;

import jakarta.inject.Inject;

/** Breaks the rule on purpose: a domain class that imports a framework annotation. */
public final class DomainClassUsingInjection {

  @Inject
  public DomainClassUsingInjection() {}
}
