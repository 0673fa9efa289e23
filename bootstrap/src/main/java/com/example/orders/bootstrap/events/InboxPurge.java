package com.example.orders.bootstrap.events;

import com.example.orders.application.port.Inbox;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the inbox records older than the retention ({@code INBOX_RETENTION}), as the relay does
 * with published outbox events. Every worker runs it; deleting rows another worker deleted is
 * harmless.
 */
public final class InboxPurge implements Runnable {

  private static final Logger log = LoggerFactory.getLogger(InboxPurge.class);

  private final Inbox inbox;
  private final Duration retention;
  private final Clock clock;

  public InboxPurge(Inbox inbox, Duration retention, Clock clock) {
    this.inbox = inbox;
    this.retention = retention;
    this.clock = clock;
  }

  @Override
  public void run() {
    int purged = inbox.purgeHandledBefore(clock.instant().minus(retention));
    if (purged > 0) {
      log.atInfo().addKeyValue("purged", purged).log("handled inbox records deleted");
    }
  }
}
