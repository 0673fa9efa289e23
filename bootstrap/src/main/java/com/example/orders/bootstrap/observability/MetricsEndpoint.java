package com.example.orders.bootstrap.observability;

import com.example.orders.adapters.http.OperationalEndpoint;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code /metrics}: every registered metric in the Prometheus text format (version 0.0.4). */
public final class MetricsEndpoint implements OperationalEndpoint {

  /** About the size of a scrape of this service, so the buffer rarely grows. */
  private static final int INITIAL_BUFFER_BYTES = 32 * 1024;

  private final PrometheusRegistry registry;
  private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

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
