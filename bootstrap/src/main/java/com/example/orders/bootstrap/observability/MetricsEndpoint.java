package com.example.orders.bootstrap.observability;

import com.example.orders.adapters.http.OperationalEndpoint;
import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.OpenMetricsTextFormatWriter;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code /metrics}: every registered metric in the Prometheus text format (version 0.0.4), or in
 * OpenMetrics 1.0 when the scraper accepts {@code application/openmetrics-text}; Prometheus asks
 * for it by default, and only OpenMetrics carries exemplars.
 */
public final class MetricsEndpoint implements OperationalEndpoint {

  /** About the size of a scrape of this service, so the buffer rarely grows. */
  private static final int INITIAL_BUFFER_BYTES = 32 * 1024;

  private static final String OPEN_METRICS = "application/openmetrics-text";

  private final PrometheusRegistry registry;
  private final PrometheusTextFormatWriter prometheusText = PrometheusTextFormatWriter.create();
  private final OpenMetricsTextFormatWriter openMetrics = OpenMetricsTextFormatWriter.create();

  @Inject
  public MetricsEndpoint(PrometheusRegistry registry) {
    this.registry = registry;
  }

  @Override
  public String path() {
    return "/metrics";
  }

  @Override
  public Response handle() {
    return handle(null);
  }

  @Override
  public Response handle(String accept) {
    ExpositionFormatWriter writer = accept != null
        && accept.toLowerCase(Locale.ROOT).contains(OPEN_METRICS) ? openMetrics : prometheusText;
    ByteArrayOutputStream text = new ByteArrayOutputStream(INITIAL_BUFFER_BYTES);
    try {
      writer.write(text, registry.scrape());
    } catch (IOException impossible) {
      // a ByteArrayOutputStream does not fail; the signature is the writer's, made for sockets
      throw new UncheckedIOException(impossible);
    }
    return new Response(200, writer.getContentType(), text.toString(StandardCharsets.UTF_8));
  }
}
