package com.example.orders.bootstrap.audit;

import com.example.orders.application.audit.AuditTrail;
import com.example.orders.bootstrap.chores.Periodic;
import com.example.orders.bootstrap.chores.Purge;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The audit trail's background side: the sealer that chains committed entries, the writer of
 * security events and the retention purge, started with the service and stopped with it (the
 * writer drains its queue first, the sealer chains what it wrote).
 */
public final class AuditWork implements AutoCloseable {

  /** How often entries past the retention are deleted (each trail's anchor moves with them). */
  static final Duration RETENTION_INTERVAL = Duration.ofHours(1);

  private final QueuedSecurityEvents writer;
  private final AuditTrail trail;
  private final AuditSettings settings;
  private final Clock clock;
  private Optional<Periodic> retention = Optional.empty();
  private Optional<AuditSealing> sealing = Optional.empty();

  public AuditWork(QueuedSecurityEvents writer, AuditTrail trail, AuditSettings settings,
      Clock clock) {
    this.writer = writer;
    this.trail = trail;
    this.settings = settings;
    this.clock = clock;
  }

  public synchronized void start() {
    if (settings.enabled() && retention.isEmpty()) {
      writer.start();
      sealing = Optional.of(new AuditSealing(trail));
      retention = Optional.of(new Periodic("audit-retention", RETENTION_INTERVAL,
          new Purge("audit entries past retention",
              () -> trail.purgeBefore(clock.instant().minus(settings.retention())))));
      retention.get().start();
    }
  }

  @Override
  public synchronized void close() {
    retention.ifPresent(Periodic::close);
    writer.close();
    sealing.ifPresent(AuditSealing::close);
  }
}
