package com.example.orders.bootstrap.config;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Tracing (ADR 0032): whether spans are made and exported, where to, how many, and what the
 * exported resource says about this process.
 *
 * @param sdkDisabled {@code OTEL_SDK_DISABLED=true}: off whatever else is set
 * @param exportConfigured an endpoint or a sampler is set: what switches tracing on
 * @param serviceName {@code service.name} of the resource
 * @param resourceAttributes further resource attributes, as {@code OTEL_RESOURCE_ATTRIBUTES} gives
 *     them (service.name excluded: that is {@code serviceName})
 * @param tracesEndpoint the full URL spans are posted to (OTLP/HTTP, protobuf)
 * @param exportHeaders sent with every export, e.g. a backend's API key: secrets, never printed
 */
public record TracingConfig(
    boolean sdkDisabled,
    boolean exportConfigured,
    String serviceName,
    Map<String, String> resourceAttributes,
    URI tracesEndpoint,
    Map<String, String> exportHeaders,
    Sampling sampling,
    BatchExport batch) {

  public static final String DEFAULT_SERVICE_NAME = "orders-service";
  /** The OTLP/HTTP port of a collector on this host, the specification's default. */
  public static final URI DEFAULT_ENDPOINT = URI.create("http://localhost:4318");
  public static final String TRACES_PATH = "v1/traces";
  /**
   * One request in ten: enough to see every route's shape and its slow outliers at this
   * service's rates, at a tenth of the export cost; a caller's sampled flag still wins.
   */
  public static final double DEFAULT_RATIO = 0.1;

  public TracingConfig {
    Objects.requireNonNull(serviceName, "serviceName");
    resourceAttributes = Map.copyOf(resourceAttributes);
    Objects.requireNonNull(tracesEndpoint, "tracesEndpoint");
    exportHeaders = Map.copyOf(exportHeaders);
    Objects.requireNonNull(sampling, "sampling");
    Objects.requireNonNull(batch, "batch");
  }

  /** Whether the service makes and exports spans; otherwise its telemetry is the no-op one. */
  public boolean on() {
    return !sdkDisabled && exportConfigured;
  }

  /** Every value but the headers' (secrets), whose names only are shown. */
  @Override
  public String toString() {
    return "TracingConfig[on=" + on() + ", serviceName=" + serviceName + ", resourceAttributes="
        + resourceAttributes + ", tracesEndpoint=" + tracesEndpoint + ", exportHeaders="
        + exportHeaders.keySet() + ", sampling=" + sampling + ", batch=" + batch + "]";
  }

  /** {@code OTEL_TRACES_SAMPLER}'s values, by the specification's names. */
  public enum Sampler {
    ALWAYS_ON,
    ALWAYS_OFF,
    TRACEIDRATIO,
    PARENTBASED_ALWAYS_ON,
    PARENTBASED_ALWAYS_OFF,
    PARENTBASED_TRACEIDRATIO;

    /** Whether {@code OTEL_TRACES_SAMPLER_ARG} (the ratio) applies. */
    public boolean takesRatio() {
      return this == TRACEIDRATIO || this == PARENTBASED_TRACEIDRATIO;
    }

    public String variableValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Which traces are recorded.
   *
   * @param ratio the share of new traces kept, 0 to 1, for the ratio samplers
   */
  public record Sampling(Sampler sampler, double ratio) {

    public Sampling {
      Objects.requireNonNull(sampler, "sampler");
      if (!(ratio >= 0 && ratio <= 1)) {
        throw new IllegalArgumentException("a sampling ratio is from 0 to 1, got " + ratio);
      }
    }
  }

  /**
   * The batch span processor: ended spans wait in a bounded queue (dropped when it is full, so a
   * slow or absent collector never holds a request up) and leave in batches from one thread.
   */
  public record BatchExport(
      int maxQueueSize, int maxExportBatchSize, Duration scheduleDelay, Duration exportTimeout) {

    public static final int DEFAULT_MAX_QUEUE_SIZE = 2048;
    public static final int DEFAULT_MAX_EXPORT_BATCH_SIZE = 512;
    public static final Duration DEFAULT_SCHEDULE_DELAY = Duration.ofSeconds(5);
    public static final Duration DEFAULT_EXPORT_TIMEOUT = Duration.ofSeconds(10);

    public static final BatchExport DEFAULTS = new BatchExport(DEFAULT_MAX_QUEUE_SIZE,
        DEFAULT_MAX_EXPORT_BATCH_SIZE, DEFAULT_SCHEDULE_DELAY, DEFAULT_EXPORT_TIMEOUT);

    public BatchExport {
      if (maxQueueSize < 1 || maxExportBatchSize < 1 || maxExportBatchSize > maxQueueSize) {
        throw new IllegalArgumentException("a batch is from 1 span to the queue's size");
      }
      Objects.requireNonNull(scheduleDelay, "scheduleDelay");
      Objects.requireNonNull(exportTimeout, "exportTimeout");
    }
  }
}
