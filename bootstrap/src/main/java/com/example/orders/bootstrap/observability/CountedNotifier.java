package com.example.orders.bootstrap.observability;

import com.example.orders.application.notification.Notice;
import com.example.orders.application.notification.Notifier;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Locale;

/** Counts the notices another {@link Notifier} sent, by kind ({@code notices_sent_total}). */
public final class CountedNotifier implements Notifier {

  private final Notifier notifier;
  private final Counter sent;

  public CountedNotifier(Notifier notifier, PrometheusRegistry registry) {
    this.notifier = notifier;
    this.sent = Counter.builder()
        .name("notices_sent_total")
        .help("Notices sent to customers, by kind")
        .labelNames("kind")
        .register(registry);
  }

  @Override
  public void send(Notice notice) {
    notifier.send(notice);
    sent.labelValues(notice.kind().name().toLowerCase(Locale.ROOT)).inc();
  }
}
