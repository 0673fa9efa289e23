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
import java.util.function.Function;

/**
 * {@code /metrics}: every registered metric in the Prometheus text format (version 0.0.4), or in
 * OpenMetrics when the scraper's {@code Accept} asks for {@code application/openmetrics-text}:
 * only that format carries the exemplars that link latency buckets to traces (ADR 0032).
 */
public final class MetricsEndpoint implements OperationalEndpoint {

  /** About the size of a scrape of this service, so the buffer rarely grows. */
  private static final int INITIAL_BUFFER_BYTES = 32 * 1024;

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
    return write(prometheusText);
  }

  @Override
  public Response handle(Function<String, String> requestHeader) {
    return write(openMetrics.accepts(requestHeader.apply("Accept")) ? openMetrics : prometheusText);
  }

  private Response write(ExpositionFormatWriter writer) {
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
