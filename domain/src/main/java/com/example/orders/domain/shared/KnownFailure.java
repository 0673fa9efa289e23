package com.example.orders.domain.shared;

import java.util.Map;
import java.util.Objects;

/**
 * A failure the service expects and can explain to its caller: a broken rule, a missing resource,
 * a stale version, an unavailable dependency.
 *
 * <p>{@link #code()} is stable and safe to show to clients; {@link #category()} says what kind of
 * failure it is, so that an inbound adapter answers each category one way, in one place, and a new
 * feature's failures need no mapping of their own. Messages are safe to show too: they never carry
 * personal data or secrets.
 */
public abstract class KnownFailure extends RuntimeException {

  /** The kinds of failure; an inbound adapter answers every failure of one kind alike. */
  public enum Category {
    /** An input is outside its domain, e.g. a negative quantity or a malformed SKU. */
    INVALID_VALUE,
    /** A well-formed request that a rule does not allow in the current state. */
    RULE_VIOLATION,
    /** The resource does not exist, or not for this caller. */
    NOT_FOUND,
    /** Another change got there first; reading again and retrying may succeed. */
    CONFLICT,
    /** The caller's precondition, such as the version it expects, no longer holds. */
    PRECONDITION_FAILED,
    /** A dependency cannot serve the call right now; retrying later may succeed. */
    UNAVAILABLE
  }

  private final Category category;
  private final String code;
  private final String title;

  /**
   * @param code a stable, dotted code such as {@code order.empty}; part of the public API
   * @param title a short summary of this kind of failure, the same for every occurrence
   * @param message what went wrong in this occurrence
   * @param cause the underlying failure, or {@code null}; kept for the logs, never shown
   */
  protected KnownFailure(
      Category category, String code, String title, String message, Throwable cause) {
    // the category and code say what happened: a stack trace would only cost time
    super(message, cause, false, false);
    this.category = Objects.requireNonNull(category, "category");
    this.code = Objects.requireNonNull(code, "code");
    this.title = Objects.requireNonNull(title, "title");
  }

  public final Category category() {
    return category;
  }

  /** A stable, dotted error code such as {@code order.empty}; part of the public API. */
  public final String code() {
    return code;
  }

  /** A short summary of this kind of failure, the same for every occurrence. */
  public final String title() {
    return title;
  }

  /**
   * Facts beyond the message that help the caller recover, such as the current version of a
   * resource; each becomes a member of the error response. Empty unless a subtype says otherwise.
   */
  public Map<String, Object> details() {
    return Map.of();
  }
}
