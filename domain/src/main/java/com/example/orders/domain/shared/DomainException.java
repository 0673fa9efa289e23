package com.example.orders.domain.shared;

/**
 * A rule of the domain was broken; {@link #code()} is stable and safe to show to clients.
 *
 * <p>Subtypes say what kind of rule it was, so that an inbound adapter can map each kind to one
 * response in one place.
 */
public abstract class DomainException extends RuntimeException {

  private final String code;

  protected DomainException(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  /** A stable, dotted error code such as {@code order.empty}; part of the public API. */
  public String code() {
    return code;
  }
}
