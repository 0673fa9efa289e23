package com.example.orders.bootstrap.config;

import com.example.orders.bootstrap.config.TracingConfig.BatchExport;
import com.example.orders.bootstrap.config.TracingConfig.Sampler;
import com.example.orders.bootstrap.config.TracingConfig.Sampling;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standard {@code OTEL_*} variables of the OpenTelemetry SDK, read by the rules of this
 * configuration (every problem at once, refused before anything starts) rather than by the
 * SDK's autoconfigure module (ADR 0032). Only the variables below are read; the names, values
 * and units (milliseconds) are the specification's, so a platform's usual settings work as is.
 *
 * <p>Tracing is on when an endpoint or a sampler is set and {@code OTEL_SDK_DISABLED} is not
 * {@code true}; otherwise the service runs with the no-op telemetry. Values are checked either
 * way: a typo is a typo, also while tracing is off.
 */
public final class TracingVariables implements ConfigArea<TracingConfig> {

  public static final TracingVariables TRACING = new TracingVariables();

  static final String DISABLED = "OTEL_SDK_DISABLED";
  static final String SERVICE_NAME = "OTEL_SERVICE_NAME";
  static final String RESOURCE_ATTRIBUTES = "OTEL_RESOURCE_ATTRIBUTES";
  static final String ENDPOINT = "OTEL_EXPORTER_OTLP_ENDPOINT";
  static final String TRACES_ENDPOINT = "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT";
  static final String PROTOCOL = "OTEL_EXPORTER_OTLP_PROTOCOL";
  static final String TRACES_PROTOCOL = "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL";
  static final String HEADERS = "OTEL_EXPORTER_OTLP_HEADERS";
  static final String TIMEOUT = "OTEL_EXPORTER_OTLP_TIMEOUT";
  static final String SAMPLER = "OTEL_TRACES_SAMPLER";
  static final String SAMPLER_ARG = "OTEL_TRACES_SAMPLER_ARG";
  static final String QUEUE_SIZE = "OTEL_BSP_MAX_QUEUE_SIZE";
  static final String BATCH_SIZE = "OTEL_BSP_MAX_EXPORT_BATCH_SIZE";
  static final String SCHEDULE_DELAY = "OTEL_BSP_SCHEDULE_DELAY";

  static final String HTTP_PROTOBUF = "http/protobuf";
  static final String SERVICE_NAME_ATTRIBUTE = "service.name";
  private static final int MAX_QUEUE_SIZE = 1_000_000;
  private static final long MAX_MILLIS = Duration.ofMinutes(5).toMillis();

  private TracingVariables() {}

  @Override
  public TracingConfig read(EnvironmentVariables variables, AppEnvironment environment) {
    boolean disabled = variables.flag(DISABLED, false);
    Map<String, String> attributes = new LinkedHashMap<>(
        keyValueList(variables, RESOURCE_ATTRIBUTES, variables.text(RESOURCE_ATTRIBUTES)));
    String fromAttributes = attributes.remove(SERVICE_NAME_ATTRIBUTE);
    String serviceName = variables.text(SERVICE_NAME)
        .or(() -> Optional.ofNullable(fromAttributes))
        .orElse(TracingConfig.DEFAULT_SERVICE_NAME);
    Optional<URI> base = variables.httpUri(ENDPOINT);
    Optional<URI> traces = variables.httpUri(TRACES_ENDPOINT);
    requireHttpProtobuf(variables, PROTOCOL);
    requireHttpProtobuf(variables, TRACES_PROTOCOL);
    Map<String, String> headers = keyValueList(variables, HEADERS, variables.textOrFile(HEADERS));
    Sampler sampler = variables.choice(SAMPLER, Sampler.values(), Sampler.PARENTBASED_TRACEIDRATIO);
    double ratio = ratio(variables, sampler);
    int queueSize = variables.integer(QUEUE_SIZE, BatchExport.DEFAULT_MAX_QUEUE_SIZE, 1,
        MAX_QUEUE_SIZE);
    int batchSize = variables.integer(BATCH_SIZE, Math.min(queueSize,
        BatchExport.DEFAULT_MAX_EXPORT_BATCH_SIZE), 1, MAX_QUEUE_SIZE);
    if (batchSize > queueSize) {
      variables.problem(BATCH_SIZE + " must not exceed " + QUEUE_SIZE + " (" + queueSize
          + "), got '" + batchSize + "'");
      batchSize = queueSize;
    }
    Duration delay = millis(variables, SCHEDULE_DELAY, BatchExport.DEFAULT_SCHEDULE_DELAY);
    Duration timeout = millis(variables, TIMEOUT, BatchExport.DEFAULT_EXPORT_TIMEOUT);
    boolean configured = base.isPresent() || traces.isPresent() || variables.isSet(SAMPLER);
    URI endpoint = traces.orElseGet(() -> tracesUnder(base.orElse(TracingConfig.DEFAULT_ENDPOINT)));
    return new TracingConfig(disabled, configured, serviceName, attributes, endpoint, headers,
        new Sampling(sampler, ratio), new BatchExport(queueSize, batchSize, delay, timeout));
  }

  @Override
  public List<String> describe(TracingConfig tracing) {
    if (tracing.sdkDisabled()) {
      return List.of(DISABLED + "=true (tracing off)");
    }
    if (!tracing.exportConfigured()) {
      return List.of(ENDPOINT + "=(unset, and no " + SAMPLER + ": tracing off)");
    }
    List<String> lines = new ArrayList<>();
    lines.add(SERVICE_NAME + "=" + tracing.serviceName());
    lines.add(RESOURCE_ATTRIBUTES + "=" + String.join(",", tracing.resourceAttributes().entrySet()
        .stream().map(entry -> entry.getKey() + "=" + entry.getValue()).toList()));
    lines.add(TRACES_ENDPOINT + "=" + tracing.tracesEndpoint());
    lines.add(PROTOCOL + "=" + HTTP_PROTOBUF);
    if (!tracing.exportHeaders().isEmpty()) {
      lines.add(HEADERS + "=" + String.join(",", tracing.exportHeaders().keySet().stream()
          .map(header -> header + "=" + Secrets.MASK).toList()));
    }
    lines.add(SAMPLER + "=" + tracing.sampling().sampler().variableValue());
    if (tracing.sampling().sampler().takesRatio()) {
      lines.add(SAMPLER_ARG + "=" + tracing.sampling().ratio());
    }
    BatchExport batch = tracing.batch();
    lines.add(QUEUE_SIZE + "=" + batch.maxQueueSize());
    lines.add(BATCH_SIZE + "=" + batch.maxExportBatchSize());
    lines.add(SCHEDULE_DELAY + "=" + batch.scheduleDelay().toMillis());
    lines.add(TIMEOUT + "=" + batch.exportTimeout().toMillis());
    return List.copyOf(lines);
  }

  /** Where spans go under a base endpoint, as the specification appends the signal's path. */
  static URI tracesUnder(URI base) {
    String text = base.toString();
    return URI.create(text.endsWith("/") ? text + TracingConfig.TRACES_PATH
        : text + "/" + TracingConfig.TRACES_PATH);
  }

  private static void requireHttpProtobuf(EnvironmentVariables variables, String name) {
    Optional<String> protocol = variables.text(name);
    if (protocol.isEmpty() || protocol.get().equals(HTTP_PROTOBUF)) {
      return;
    }
    if (protocol.get().equals("grpc")) {
      variables.problem(name + " must be " + HTTP_PROTOBUF + ", got 'grpc': the service exports"
          + " with the JDK's HTTP client, which cannot speak gRPC (ADR 0032); point " + ENDPOINT
          + " at the collector's OTLP/HTTP port, usually 4318");
    } else {
      variables.problem(name + " must be " + HTTP_PROTOBUF + ", got '" + protocol.get() + "'");
    }
  }

  private static double ratio(EnvironmentVariables variables, Sampler sampler) {
    Optional<String> text = variables.text(SAMPLER_ARG);
    if (text.isEmpty()) {
      return TracingConfig.DEFAULT_RATIO;
    }
    if (!sampler.takesRatio()) {
      variables.problem(SAMPLER_ARG + " is set but " + SAMPLER + "=" + sampler.variableValue()
          + " takes no ratio: unset " + SAMPLER_ARG + ", or choose traceidratio or"
          + " parentbased_traceidratio");
      return TracingConfig.DEFAULT_RATIO;
    }
    try {
      double ratio = Double.parseDouble(text.get());
      if (ratio >= 0 && ratio <= 1) {
        return ratio;
      }
    } catch (NumberFormatException notANumber) {
      // reported below, with the accepted range
    }
    variables.problem(SAMPLER_ARG + " must be a ratio from 0 to 1 such as 0.1 (one trace in"
        + " ten), got '" + text.get() + "'");
    return TracingConfig.DEFAULT_RATIO;
  }

  private static Duration millis(EnvironmentVariables variables, String name, Duration fallback) {
    return Duration.ofMillis(variables.wholeNumber(name, fallback.toMillis(), 1, MAX_MILLIS));
  }

  /**
   * {@code key1=value1,key2=value2}, values percent-encoded where they hold a comma, an equals
   * sign or a space (W3C Baggage's format, which the specification uses for these lists). The
   * problem names the variable but never repeats the value, which may be a secret.
   */
  private static Map<String, String> keyValueList(
      EnvironmentVariables variables, String name, Optional<String> text) {
    Map<String, String> pairs = new LinkedHashMap<>();
    if (text.isEmpty()) {
      return pairs;
    }
    int position = 0;
    for (String entry : text.get().split(",", -1)) {
      position++;
      if (entry.isBlank()) {
        continue;
      }
      int equals = entry.indexOf('=');
      String key = equals < 0 ? "" : entry.substring(0, equals).strip();
      Optional<String> value = equals < 0 ? Optional.empty()
          : percentDecoded(entry.substring(equals + 1).strip());
      if (key.isEmpty() || value.isEmpty()) {
        variables.problem(name + " must be key=value pairs separated by commas (values"
            + " percent-encoded), but entry " + position + " is not");
        continue;
      }
      pairs.put(key, value.get());
    }
    return pairs;
  }

  private static Optional<String> percentDecoded(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '%') {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      if (i + 2 >= text.length()) {
        return Optional.empty();
      }
      int high = Character.digit(text.charAt(i + 1), 16);
      int low = Character.digit(text.charAt(i + 2), 16);
      if (high < 0 || low < 0) {
        return Optional.empty();
      }
      bytes.write(high * 16 + low);
      i += 2;
    }
    return Optional.of(bytes.toString(StandardCharsets.UTF_8));
  }
}
