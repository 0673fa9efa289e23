package com.example.orders.bootstrap.http;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * An OpenTelemetry SDK that keeps every span in memory, for tests that look at what the service
 * traced: hand {@link #telemetry()} to {@link ApiService#start(java.util.Map, OpenTelemetry)}.
 * Every trace is sampled and each span is exported as it ends (no batching), so a test sees a
 * span as soon as the work it covers is done.
 */
public final class RecordedSpans implements AutoCloseable {

  private final InMemorySpanExporter exporter;
  private final OpenTelemetrySdk sdk;

  private RecordedSpans(InMemorySpanExporter exporter, OpenTelemetrySdk sdk) {
    this.exporter = exporter;
    this.sdk = sdk;
  }

  public static RecordedSpans create() {
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    SdkTracerProvider tracing = SdkTracerProvider.builder()
        .setSampler(Sampler.parentBased(Sampler.alwaysOn()))
        .addSpanProcessor(SimpleSpanProcessor.create(exporter))
        .build();
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(tracing)
        .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
        .build();
    return new RecordedSpans(exporter, sdk);
  }

  /** The telemetry to start the service with. */
  public OpenTelemetry telemetry() {
    return sdk;
  }

  /** Every span that has ended so far, in the order they ended. */
  public List<SpanData> finished() {
    return exporter.getFinishedSpanItems();
  }

  /** Only the spans of one trace (hex trace id), in the order they ended. */
  public List<SpanData> ofTrace(String traceId) {
    return finished().stream().filter(span -> span.getTraceId().equals(traceId)).toList();
  }

  /**
   * Waits until the finished spans satisfy {@code condition} and returns them; fails after {@code
   * timeout}, listing what was there. Spans of asynchronous work (the relay, consumers) end after
   * the response, hence the wait.
   */
  public List<SpanData> await(Predicate<List<SpanData>> condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<SpanData> spans = finished();
      if (condition.test(spans)) {
        return spans;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("spans did not arrive within " + timeout + "; finished: "
            + spans.stream().map(span -> span.getName() + " " + span.getKind()
                + " trace=" + span.getTraceId()).toList());
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for spans", interrupted);
      }
    }
  }

  /** Forgets the spans finished so far. */
  public void reset() {
    exporter.reset();
  }

  @Override
  public void close() {
    sdk.close();
  }
}
