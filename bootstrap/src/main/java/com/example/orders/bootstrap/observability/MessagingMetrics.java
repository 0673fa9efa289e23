package com.example.orders.bootstrap.observability;

import com.example.orders.adapters.messaging.DeliveryObserver;
import com.example.orders.adapters.messaging.DeliveryOutcome;
import com.example.orders.adapters.messaging.relay.RelayObserver;
import com.example.orders.application.port.PendingEvents;
import com.example.orders.application.port.PendingEvents.Backlog;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Metrics of events and background work: the outbox backlog and the age of its oldest event
 * (read from the outbox at scrape time), what the relay published and failed to, and every
 * delivery's outcome and duration per consumer.
 */
@Singleton
public final class MessagingMetrics implements RelayObserver, DeliveryObserver {

  private static final Logger log = LoggerFactory.getLogger(MessagingMetrics.class);

  private final Counter published;
  private final Counter publishFailures;
  private final Histogram deliveries;

  @Inject
  public MessagingMetrics(PrometheusRegistry registry, PendingEvents pending, Clock clock) {
    this.published = Counter.builder()
        .name("outbox_events_published_total")
        .help("Outbox events the broker confirmed (confirmed) or did not (unconfirmed)")
        .labelNames("result")
        .register(registry);
    this.publishFailures = Counter.builder()
        .name("outbox_publish_failures_total")
        .help("Relay batches that could not be published at all")
        .register(registry);
    this.deliveries = Histogram.builder()
        .name("consumer_deliveries_seconds")
        .help("Deliveries to consumers by outcome: ok, retried or parked")
        .unit(Unit.SECONDS)
        .labelNames("consumer", "outcome")
        .register(registry);
    GaugeWithCallback.builder()
        .name("outbox_pending_events")
        .help("Outbox events not yet published")
        .callback(callback -> backlog(pending).ifPresent(backlog -> callback.call(
            backlog.pending())))
        .register(registry);
    GaugeWithCallback.builder()
        .name("outbox_oldest_pending_age_seconds")
        .help("How long the oldest unpublished outbox event has waited; 0 when none waits")
        .callback(callback -> backlog(pending).ifPresent(backlog -> callback.call(
            backlog.oldestOccurredAt()
                .map(oldest -> Duration.between(oldest, clock.instant()).toMillis() / 1000.0)
                .orElse(0.0))))
        .register(registry);
  }

  @Override
  public void published(int confirmed, int unconfirmed) {
    published.labelValues("confirmed").inc(confirmed);
    if (unconfirmed > 0) {
      published.labelValues("unconfirmed").inc(unconfirmed);
    }
  }

  @Override
  public void failed() {
    publishFailures.inc();
  }

  @Override
  public void delivered(String consumer, DeliveryOutcome outcome, long durationNanos) {
    deliveries.labelValues(consumer, outcome.name().toLowerCase(Locale.ROOT))
        .observe(durationNanos / 1e9);
  }

  /** The backlog, or nothing when the outbox cannot be read now (the scrape still answers). */
  private static Optional<Backlog> backlog(PendingEvents pending) {
    try {
      return Optional.of(pending.backlog());
    } catch (RuntimeException unavailable) {
      log.debug("outbox backlog not readable for metrics: {}", unavailable.toString());
      return Optional.empty();
    }
  }
}
