package com.example.orders.application.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * Who acted: the token's subject (a pseudonymous id, never a name), the client's address and the
 * request's id, when the action came through the API.
 */
public record Actor(String subject, Optional<String> clientIp, Optional<String> requestId) {

  /** The service itself, e.g. a command-line run or background work. */
  public static final Actor SYSTEM = new Actor("system", Optional.empty(), Optional.empty());

  /** A caller who did not authenticate. */
  public static final String ANONYMOUS = "anonymous";

  public Actor {
    Objects.requireNonNull(clientIp, "clientIp");
    Objects.requireNonNull(requestId, "requestId");
    if (subject == null || subject.isBlank()) {
      throw new IllegalArgumentException("an actor needs a subject");
    }
  }
}
