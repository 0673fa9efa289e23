package com.example.orders.bootstrap.observability;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * A span exporter made on first use: building the OTLP exporter creates a JDK HTTP client, tens
 * of milliseconds of class loading that start-up need not wait for. The first export happens on
 * the batch processor's own thread, seconds after the first span, so nobody waits for it there
 * either. A process that ends before exporting anything never builds it.
 */
final class DeferredSpanExporter implements SpanExporter {

  private final Supplier<? extends SpanExporter> factory;
  private SpanExporter delegate;

  DeferredSpanExporter(Supplier<? extends SpanExporter> factory) {
    this.factory = factory;
  }

  @Override
  public CompletableResultCode export(Collection<SpanData> spans) {
    return delegate().export(spans);
  }

  @Override
  public synchronized CompletableResultCode flush() {
    return delegate == null ? CompletableResultCode.ofSuccess() : delegate.flush();
  }

  @Override
  public synchronized CompletableResultCode shutdown() {
    return delegate == null ? CompletableResultCode.ofSuccess() : delegate.shutdown();
  }

  private synchronized SpanExporter delegate() {
    if (delegate == null) {
      delegate = factory.get();
    }
    return delegate;
  }

  @Override
  public String toString() {
    return "DeferredSpanExporter[" + (delegate == null ? "not built yet" : delegate) + "]";
  }
}
