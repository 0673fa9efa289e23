package com.example.orders.bootstrap.observability;

import com.example.orders.adapters.http.RequestObserver;
import io.opentelemetry.api.OpenTelemetry;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * RED metrics of the HTTP API: one histogram, {@code http_server_request_duration_seconds}, by
 * method, route template and status; its {@code _count} gives the rate and, by status, the errors.
 * Requests whose client broke off mid-body count once more in {@code http_server_client_aborts_total}.
 * With tracing on, the buckets carry exemplars: trace ids of requests they counted (ADR 0032).
 */
@Singleton
public final class HttpRequestMetrics implements RequestObserver {

  /** From 1 ms to 10 s: a cached read to a request stuck behind a full connection pool. */
  private static final double[] BUCKETS_SECONDS =
      {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  private final Histogram durations;
  private final Counter aborts;

  @Inject
  public HttpRequestMetrics(PrometheusRegistry registry, OpenTelemetry telemetry) {
    Histogram.Builder durations = Histogram.builder()
        .name("http_server_request_duration_seconds")
        .unit(Unit.SECONDS)
        .help("Duration of HTTP requests, by method, route template and status")
        .labelNames("method", "route", "status")
        .classicOnly()
        .classicUpperBounds(BUCKETS_SECONDS);
    // With tracing on, a bucket keeps now and then (at most every few seconds) the trace id of
    // a sampled request it counted, which the client library takes from Span.current(): the
    // request's server span, since RequestTracking observes inside it. Exemplars are shown in
    // the OpenMetrics format only. Off, the histogram would look for a span on every observation.
    if (!Telemetry.traces(telemetry)) {
      durations.withoutExemplars();
    }
    this.durations = durations.register(registry);
    this.aborts = Counter.builder()
        .name("http_server_client_aborts_total")
        .help("Requests whose client broke off while sending the body, by method and route")
        .labelNames("method", "route")
        .register(registry);
  }

  @Override
  public void observe(String method, String route, int status, long durationNanos) {
    durations.labelValues(method, route, Integer.toString(status))
        .observe(Unit.nanosToSeconds(durationNanos));
  }

  @Override
  public void clientAborted(String method, String route) {
    aborts.labelValues(method, route).inc();
  }
}
