package com.example.orders.bootstrap.wiring;

import com.example.orders.adapters.http.ApiRoutes;
import com.example.orders.adapters.http.audit.AuditRoutes;
import com.example.orders.adapters.http.audit.RequestActor;
import com.example.orders.adapters.http.audit.RateLimitAuditor;
import com.example.orders.adapters.http.audit.SecurityEventObserver;
import com.example.orders.adapters.http.ratelimit.RateLimitListener;
import com.example.orders.application.audit.Audit;
import com.example.orders.application.audit.AuditTrail;
import com.example.orders.application.audit.SecurityEvents;
import com.example.orders.application.port.IdGenerator;
import com.example.orders.application.port.TransactionRunner;
import com.example.orders.bootstrap.audit.AuditSettings;
import com.example.orders.bootstrap.audit.AuditWork;
import com.example.orders.bootstrap.audit.QueuedSecurityEvents;
import com.example.orders.bootstrap.config.AuditVariables;
import com.example.orders.bootstrap.config.Config;
import com.example.orders.bootstrap.observability.AuditMetrics;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The audit trail (ADR 0031): what the use cases audit changes with, the queue that security
 * events go through, the admin API on the trail, and the background work. {@code
 * AUDIT_ENABLED=false} leaves the trail untouched.
 */
@Module
final class AuditModule {

  private AuditModule() {}

  @Provides
  static AuditSettings settings(Config config) {
    return config.get(AuditVariables.AUDIT);
  }

  @Provides
  @Singleton
  static Audit audit(AuditSettings settings, AuditTrail trail, IdGenerator ids, Clock clock) {
    return settings.enabled()
        ? new Audit(trail, new RequestActor(), ids, clock, true)
        : Audit.disabled();
  }

  @Provides
  @Singleton
  static QueuedSecurityEvents queuedSecurityEvents(AuditSettings settings, AuditTrail trail,
      TransactionRunner transactions, IdGenerator ids, Clock clock, PrometheusRegistry registry) {
    QueuedSecurityEvents queue =
        new QueuedSecurityEvents(trail, transactions, ids, clock, settings.queueCapacity(),
            settings.repeatWindow());
    AuditMetrics.register(queue, registry);
    return queue;
  }

  /** The port that refusals anywhere in the service (authentication, rate limits) report to. */
  @Provides
  static SecurityEvents securityEvents(AuditSettings settings, QueuedSecurityEvents queue) {
    return settings.enabled() ? queue : SecurityEvents.NONE;
  }

  /** Every rate-limit refusal is a security event too. */
  @Provides
  @IntoSet
  static RateLimitListener auditedRateLimitRejections(SecurityEvents events) {
    return new RateLimitAuditor(events);
  }

  @Provides
  static SecurityEventObserver securityEventObserver(SecurityEvents events) {
    return new SecurityEventObserver(events);
  }

  @Provides
  @IntoSet
  static ApiRoutes auditRoutes(AuditTrail trail) {
    return new AuditRoutes(trail);
  }

  @Provides
  @Singleton
  static AuditWork auditWork(QueuedSecurityEvents queue, AuditTrail trail, AuditSettings settings,
      Clock clock) {
    return new AuditWork(queue, trail, settings, clock);
  }
}
