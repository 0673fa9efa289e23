package com.example.orders.application.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * A link of a chain with the entry it chains; the entry is empty when it is no longer stored
 * (deleted behind the service's back), and the link's event id is then unknown (nil).
 */
public record ChainedEvent(ChainLink link, Optional<AuditEvent> event) {

  public ChainedEvent {
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(event, "event");
  }

  public long seq() {
    return link.seq();
  }
}
