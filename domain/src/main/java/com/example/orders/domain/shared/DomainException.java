package com.example.orders.domain.shared;

/**
 * A rule of the domain was broken; {@link #code()} is stable and safe to show to clients.
 *
 * <p>Subtypes say which {@link KnownFailure.Category} of rule it was, so that an inbound adapter
 * can map each kind to one response in one place.
 */
public abstract class DomainException extends KnownFailure {

  protected DomainException(Category category, String code, String title, String message) {
    super(category, code, title, message, null);
  }
}
