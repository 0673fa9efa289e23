package com.example.orders.bootstrap.observability;

import com.example.orders.application.port.ParkedMessages;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code consumer_parked_messages{consumer}}: the messages each consumer parked, as last sampled.
 * {@link #run} asks the broker (a passive queue declare per consumer) on a schedule; a scrape
 * reads the samples and never waits for the broker. A consumer whose count could not be read at
 * the last sample has no value until the next one succeeds.
 */
public final class ParkedCounts implements Runnable {

  private final ParkedMessages parked;
  private final Set<String> consumers;
  private final Map<String, Long> counts = new ConcurrentHashMap<>();

  public ParkedCounts(PrometheusRegistry registry, ParkedMessages parked, Set<String> consumers) {
    this.parked = parked;
    this.consumers = Set.copyOf(consumers);
    GaugeWithCallback.builder()
        .name("consumer_parked_messages")
        .help("Messages parked for a consumer (sampled from the broker)")
        .labelNames("consumer")
        .callback(callback -> counts.forEach((consumer, count) -> callback.call(count, consumer)))
        .register(registry);
  }

  @Override
  public void run() {
    RuntimeException failure = null;
    for (String consumer : consumers) {
      try {
        counts.put(consumer, parked.parkedCount(consumer));
      } catch (RuntimeException unavailable) {
        counts.remove(consumer);
        failure = unavailable;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
