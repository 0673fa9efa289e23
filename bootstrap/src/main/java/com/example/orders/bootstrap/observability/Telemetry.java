package com.example.orders.bootstrap.observability;

import com.example.orders.bootstrap.config.AppEnvironment;
import com.example.orders.bootstrap.config.TracingConfig;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporterBuilder;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The service's OpenTelemetry, built from its {@link TracingConfig} (ADR 0032): the no-op one
 * when tracing is off, otherwise an SDK that samples by the configured rule, batches ended spans
 * in a bounded queue and exports them by OTLP/HTTP on the JDK's HTTP client. Only traces: the
 * metrics are Prometheus' and the logs go to stdout.
 *
 * <p>Not registered as {@code GlobalOpenTelemetry}: every part that traces gets this instance by
 * its constructor, and tests run several services, each with its own, in one JVM.
 */
public final class Telemetry {

  static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");
  static final AttributeKey<String> SERVICE_VERSION = AttributeKey.stringKey("service.version");
  static final AttributeKey<String> SERVICE_INSTANCE_ID =
      AttributeKey.stringKey("service.instance.id");
  static final AttributeKey<String> DEPLOYMENT_ENVIRONMENT =
      AttributeKey.stringKey("deployment.environment.name");

  /** What a stop waits at most for the last spans to leave; an absent collector never answers. */
  private static final long SHUTDOWN_SECONDS = 5;

  private Telemetry() {}

  /**
   * The SDK the configuration asks for; empty when tracing is off, where the service runs with
   * {@link OpenTelemetry#noop()}. The caller owns the SDK and {@linkplain #shutdown shuts it
   * down} after the last span.
   */
  public static Optional<OpenTelemetrySdk> build(TracingConfig tracing, AppEnvironment environment) {
    if (!tracing.on()) {
      return Optional.empty();
    }
    OpenTelemetryLogs.forwardToSlf4j();
    BatchSpanProcessor batches = BatchSpanProcessor.builder(
            new DeferredSpanExporter(() -> exporter(tracing)))
        .setMaxQueueSize(tracing.batch().maxQueueSize())
        .setMaxExportBatchSize(tracing.batch().maxExportBatchSize())
        .setScheduleDelay(tracing.batch().scheduleDelay())
        .setExporterTimeout(tracing.batch().exportTimeout())
        .setMeterProvider(MeterProvider::noop)
        .build();
    SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
        .setResource(resource(tracing, environment))
        .setSampler(sampler(tracing.sampling()))
        .addSpanProcessor(batches)
        .build();
    return Optional.of(OpenTelemetrySdk.builder()
        .setTracerProvider(tracerProvider)
        .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
        .build());
  }

  /** Whether {@code telemetry} makes spans at all, i.e. is not {@link OpenTelemetry#noop()}. */
  public static boolean traces(OpenTelemetry telemetry) {
    return telemetry != OpenTelemetry.noop();
  }

  /**
   * Exports what is still queued, then stops the SDK; waits a few seconds at most, so that an
   * unreachable collector cannot hold the stop up.
   */
  public static void shutdown(OpenTelemetrySdk sdk) {
    sdk.shutdown().join(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
  }

  /**
   * The SDK's default resource (telemetry.sdk.*), then the service's own attributes, then
   * {@code OTEL_RESOURCE_ATTRIBUTES}, which win, then {@code service.name}.
   */
  static Resource resource(TracingConfig tracing, AppEnvironment environment) {
    AttributesBuilder attributes = Attributes.builder()
        .put(SERVICE_VERSION, BuildInfo.version())
        .put(DEPLOYMENT_ENVIRONMENT, environment.variableValue())
        // the specification's advice: a random UUID, unique per process, so that restarts and
        // replicas are told apart
        .put(SERVICE_INSTANCE_ID, UUID.randomUUID().toString());
    tracing.resourceAttributes().forEach(attributes::put);
    attributes.put(SERVICE_NAME, tracing.serviceName());
    return Resource.getDefault().merge(Resource.create(attributes.build()));
  }

  static Sampler sampler(TracingConfig.Sampling sampling) {
    return switch (sampling.sampler()) {
      case ALWAYS_ON -> Sampler.alwaysOn();
      case ALWAYS_OFF -> Sampler.alwaysOff();
      case TRACEIDRATIO -> Sampler.traceIdRatioBased(sampling.ratio());
      case PARENTBASED_ALWAYS_ON -> Sampler.parentBased(Sampler.alwaysOn());
      case PARENTBASED_ALWAYS_OFF -> Sampler.parentBased(Sampler.alwaysOff());
      case PARENTBASED_TRACEIDRATIO ->
          Sampler.parentBased(Sampler.traceIdRatioBased(sampling.ratio()));
    };
  }

  private static OtlpHttpSpanExporter exporter(TracingConfig tracing) {
    OtlpHttpSpanExporterBuilder exporter = OtlpHttpSpanExporter.builder()
        .setEndpoint(tracing.tracesEndpoint().toString())
        .setTimeout(tracing.batch().exportTimeout())
        .setConnectTimeout(tracing.batch().exportTimeout())
        // its own metrics would go to GlobalOpenTelemetry's meter provider: there is none
        .setMeterProvider(MeterProvider::noop);
    tracing.exportHeaders().forEach(exporter::addHeader);
    return exporter.build();
  }
}
