package com.example.orders.bootstrap.audit;

import com.example.orders.application.audit.AuditTrail;
import java.time.Clock;
import java.util.Optional;

/**
 * The audit trail's background side: the sealer that chains committed entries, the writer of
 * security events and the retention purge, started with the service and stopped with it (the
 * writer drains its queue first, the sealer chains what it wrote).
 */
public final class AuditWork implements AutoCloseable {

  private final QueuedSecurityEvents writer;
  private final AuditTrail trail;
  private final AuditSettings settings;
  private final Clock clock;
  private Optional<AuditRetention> retention = Optional.empty();
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
      retention = Optional.of(new AuditRetention(trail, settings.retention(), clock));
    }
  }

  @Override
  public synchronized void close() {
    retention.ifPresent(AuditRetention::close);
    writer.close();
    sealing.ifPresent(AuditSealing::close);
  }
}
