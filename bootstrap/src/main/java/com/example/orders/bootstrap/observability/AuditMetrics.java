package com.example.orders.bootstrap.observability;

import com.example.orders.bootstrap.audit.QueuedSecurityEvents;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The security events' queue, read at scrape time: {@code
 * orders_audit_security_events_written_total}, {@code
 * orders_audit_security_events_dropped_total{reason="queue-full"|"write-failed"}}, {@code
 * orders_audit_security_events_folded_total} (repeats of a refusal counted into one entry) and
 * the gauge {@code orders_audit_security_events_queued}.
 */
public final class AuditMetrics {

  private AuditMetrics() {}

  public static void register(QueuedSecurityEvents queue, PrometheusRegistry registry) {
    CounterWithCallback.builder()
        .name("orders_audit_security_events_written_total")
        .help("Security events stored in the audit trail")
        .callback(callback -> callback.call(queue.written()))
        .register(registry);
    CounterWithCallback.builder()
        .name("orders_audit_security_events_dropped_total")
        .help("Security events not stored: the queue was full, or the database refused them")
        .labelNames("reason")
        .callback(callback -> {
          callback.call(queue.droppedQueueFull(), "queue-full");
          callback.call(queue.droppedWriteFailed(), "write-failed");
        })
        .register(registry);
    CounterWithCallback.builder()
        .name("orders_audit_security_events_folded_total")
        .help("Repeats of a refusal counted into the entry that closes their window, not stored"
            + " one by one")
        .callback(callback -> callback.call(queue.folded()))
        .register(registry);
    GaugeWithCallback.builder()
        .name("orders_audit_security_events_queued")
        .help("Security events waiting for the audit writer")
        .callback(callback -> callback.call(queue.queued()))
        .register(registry);
  }
}
