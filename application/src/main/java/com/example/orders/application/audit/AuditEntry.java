package com.example.orders.application.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * An entry as stored, for queries.
 *
 * @param position the order in which entries were stored: a page continues before it
 * @param link its place in the chain; empty for the moment between its commit and its sealing
 */
public record AuditEntry(long position, AuditEvent event, Optional<ChainLink> link) {

  public AuditEntry {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(link, "link");
  }
}
