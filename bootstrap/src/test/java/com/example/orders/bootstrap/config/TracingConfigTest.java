package com.example.orders.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.orders.bootstrap.config.TracingConfig.BatchExport;
import com.example.orders.bootstrap.config.TracingConfig.Sampler;
import com.example.orders.bootstrap.config.TracingConfig.Sampling;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TracingConfigTest {

  private static TracingConfig tracing(Map<String, String> environment) {
    return Config.fromEnvironment(environment).get(TracingVariables.TRACING);
  }

  @Test
  void without_an_endpoint_or_a_sampler_tracing_is_off() {
    TracingConfig tracing = tracing(Map.of("OTEL_SERVICE_NAME", "orders-eu"));

    assertThat(tracing.on()).isFalse();
    assertThat(tracing.sampling())
        .isEqualTo(new Sampling(Sampler.PARENTBASED_TRACEIDRATIO, 0.1));
  }

  @Test
  void an_endpoint_switches_tracing_on_with_one_trace_in_ten_and_the_batch_defaults() {
    TracingConfig tracing = tracing(Map.of(
        "OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector.monitoring.svc:4318"));

    assertThat(tracing.on()).isTrue();
    assertThat(tracing.tracesEndpoint())
        .isEqualTo(URI.create("http://otel-collector.monitoring.svc:4318/v1/traces"));
    assertThat(tracing.serviceName()).isEqualTo("orders-service");
    assertThat(tracing.sampling())
        .isEqualTo(new Sampling(Sampler.PARENTBASED_TRACEIDRATIO, 0.1));
    assertThat(tracing.batch()).isEqualTo(BatchExport.DEFAULTS);
  }

  @Test
  void a_sampler_alone_switches_tracing_on_towards_a_collector_on_this_host() {
    TracingConfig tracing = tracing(Map.of("OTEL_TRACES_SAMPLER", "always_on"));

    assertThat(tracing.on()).isTrue();
    assertThat(tracing.tracesEndpoint()).isEqualTo(URI.create("http://localhost:4318/v1/traces"));
  }

  @Test
  void otel_sdk_disabled_wins_over_everything_else() {
    TracingConfig tracing = tracing(Map.of(
        "OTEL_SDK_DISABLED", "true",
        "OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318",
        "OTEL_TRACES_SAMPLER", "always_on"));

    assertThat(tracing.on()).isFalse();
    assertThat(Config.fromEnvironment(Map.of("OTEL_SDK_DISABLED", "true")).describe())
        .contains("OTEL_SDK_DISABLED=true (tracing off)");
  }

  @Test
  void the_laptop_compose_settings_are_accepted() {
    TracingConfig tracing = tracing(Map.of(
        "OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector:4318",
        "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
        "OTEL_TRACES_SAMPLER", "parentbased_traceidratio",
        "OTEL_TRACES_SAMPLER_ARG", "1.0",
        "OTEL_SERVICE_NAME", "orders-service",
        "OTEL_RESOURCE_ATTRIBUTES", "deployment.environment.name=laptop"));

    assertThat(tracing.on()).isTrue();
    assertThat(tracing.sampling()).isEqualTo(new Sampling(Sampler.PARENTBASED_TRACEIDRATIO, 1.0));
    assertThat(tracing.resourceAttributes())
        .containsExactlyEntriesOf(Map.of("deployment.environment.name", "laptop"));
  }

  @Test
  void every_standard_variable_read_is_honoured() {
    TracingConfig tracing = tracing(Map.of(
        "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "https://traces.example.com/otlp/v1/traces",
        "OTEL_EXPORTER_OTLP_ENDPOINT", "http://ignored-for-traces:4318",
        "OTEL_EXPORTER_OTLP_HEADERS", "x-api-key=s3cret,x-team=orders%20eu",
        "OTEL_EXPORTER_OTLP_TIMEOUT", "2000",
        "OTEL_TRACES_SAMPLER", "traceidratio",
        "OTEL_TRACES_SAMPLER_ARG", "0.25",
        "OTEL_RESOURCE_ATTRIBUTES", "service.name=from-attributes, k8s.pod.name=orders-7f9c,"
            + "team=a%2Cb%3Dc",
        "OTEL_BSP_MAX_QUEUE_SIZE", "100",
        "OTEL_BSP_MAX_EXPORT_BATCH_SIZE", "50",
        "OTEL_BSP_SCHEDULE_DELAY", "250"));

    assertThat(tracing.tracesEndpoint())
        .isEqualTo(URI.create("https://traces.example.com/otlp/v1/traces"));
    assertThat(tracing.exportHeaders())
        .containsExactlyInAnyOrderEntriesOf(Map.of("x-api-key", "s3cret", "x-team", "orders eu"));
    assertThat(tracing.sampling()).isEqualTo(new Sampling(Sampler.TRACEIDRATIO, 0.25));
    // OTEL_SERVICE_NAME is unset: service.name of the attributes names the service
    assertThat(tracing.serviceName()).isEqualTo("from-attributes");
    assertThat(tracing.resourceAttributes()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "k8s.pod.name", "orders-7f9c", "team", "a,b=c"));
    assertThat(tracing.batch()).isEqualTo(new BatchExport(
        100, 50, Duration.ofMillis(250), Duration.ofSeconds(2)));
  }

  @Test
  void otel_service_name_wins_over_the_attributes_service_name() {
    assertThat(tracing(Map.of(
        "OTEL_SERVICE_NAME", "orders-eu",
        "OTEL_RESOURCE_ATTRIBUTES", "service.name=other")).serviceName()).isEqualTo("orders-eu");
  }

  @Test
  void a_base_endpoint_with_a_path_gets_the_traces_path_appended() {
    assertThat(tracing(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "https://gw.example.com/otlp/"))
        .tracesEndpoint()).isEqualTo(URI.create("https://gw.example.com/otlp/v1/traces"));
  }

  @Test
  void every_tracing_problem_is_reported_at_once_in_one_start_up_error() {
    ConfigException failure = catchThrowableOfType(ConfigException.class, () ->
        Config.fromEnvironment(Map.of(
            "OTEL_SDK_DISABLED", "maybe",
            "OTEL_EXPORTER_OTLP_ENDPOINT", "collector:4318",
            "OTEL_EXPORTER_OTLP_PROTOCOL", "http/json",
            "OTEL_TRACES_SAMPLER", "sometimes",
            "OTEL_RESOURCE_ATTRIBUTES", "team=orders,just-a-word",
            "OTEL_BSP_MAX_QUEUE_SIZE", "0",
            "OTEL_BSP_SCHEDULE_DELAY", "5s")));

    assertThat(failure.problems()).containsExactly(
        "OTEL_SDK_DISABLED must be true or false, got 'maybe'",
        "OTEL_RESOURCE_ATTRIBUTES must be key=value pairs separated by commas (values"
            + " percent-encoded), but entry 2 is not",
        "OTEL_EXPORTER_OTLP_ENDPOINT must be an absolute http or https URL, got 'collector:4318'",
        "OTEL_EXPORTER_OTLP_PROTOCOL must be http/protobuf, got 'http/json'",
        "OTEL_TRACES_SAMPLER must be one of always_on, always_off, traceidratio,"
            + " parentbased_always_on, parentbased_always_off, parentbased_traceidratio,"
            + " got 'sometimes'",
        "OTEL_BSP_MAX_QUEUE_SIZE must be a whole number from 1 to 1000000, got '0'",
        "OTEL_BSP_SCHEDULE_DELAY must be a whole number from 1 to 300000, got '5s'");
  }

  @Test
  void a_ratio_outside_zero_to_one_is_refused() {
    for (String ratio : new String[] {"1.5", "-0.1", "ten percent", "NaN"}) {
      ConfigException failure = catchThrowableOfType(ConfigException.class, () ->
          Config.fromEnvironment(Map.of("OTEL_TRACES_SAMPLER_ARG", ratio)));

      assertThat(failure.problems()).containsExactly("OTEL_TRACES_SAMPLER_ARG must be a ratio"
          + " from 0 to 1 such as 0.1 (one trace in ten), got '" + ratio + "'");
    }
  }

  @Test
  void a_ratio_for_a_sampler_that_takes_none_is_refused_rather_than_ignored() {
    ConfigException failure = catchThrowableOfType(ConfigException.class, () ->
        Config.fromEnvironment(Map.of(
            "OTEL_TRACES_SAMPLER", "always_on", "OTEL_TRACES_SAMPLER_ARG", "0.5")));

    assertThat(failure.problems()).containsExactly("OTEL_TRACES_SAMPLER_ARG is set but"
        + " OTEL_TRACES_SAMPLER=always_on takes no ratio: unset OTEL_TRACES_SAMPLER_ARG, or"
        + " choose traceidratio or parentbased_traceidratio");
  }

  @Test
  void grpc_is_refused_with_the_way_to_the_http_port() {
    ConfigException failure = catchThrowableOfType(ConfigException.class, () ->
        Config.fromEnvironment(Map.of(
            "OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector:4317",
            "OTEL_EXPORTER_OTLP_PROTOCOL", "grpc")));

    assertThat(failure.problems()).containsExactly("OTEL_EXPORTER_OTLP_PROTOCOL must be"
        + " http/protobuf, got 'grpc': the service exports with the JDK's HTTP client, which"
        + " cannot speak gRPC (ADR 0032); point OTEL_EXPORTER_OTLP_ENDPOINT at the collector's"
        + " OTLP/HTTP port, usually 4318");
  }

  @Test
  void a_batch_larger_than_the_queue_is_refused() {
    ConfigException failure = catchThrowableOfType(ConfigException.class, () ->
        Config.fromEnvironment(Map.of(
            "OTEL_BSP_MAX_QUEUE_SIZE", "100", "OTEL_BSP_MAX_EXPORT_BATCH_SIZE", "200")));

    assertThat(failure.problems()).containsExactly(
        "OTEL_BSP_MAX_EXPORT_BATCH_SIZE must not exceed OTEL_BSP_MAX_QUEUE_SIZE (100), got '200'");
  }

  @Test
  void the_export_headers_are_secrets_read_from_a_file_too_and_never_printed(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("otlp-headers"), "authorization=Bearer%20s3cret\n");
    Config config = Config.fromEnvironment(Map.of(
        "OTEL_EXPORTER_OTLP_ENDPOINT", "https://otlp.example.com",
        "OTEL_EXPORTER_OTLP_HEADERS_FILE", file.toString()));

    assertThat(config.get(TracingVariables.TRACING).exportHeaders())
        .containsExactlyEntriesOf(Map.of("authorization", "Bearer s3cret"));
    assertThat(config.toString()).doesNotContain("s3cret");
    assertThat(config.describe()).contains("OTEL_EXPORTER_OTLP_HEADERS=authorization=****")
        .noneMatch(line -> line.contains("s3cret"));
  }

  @Test
  void a_malformed_header_list_is_reported_without_echoing_it() {
    ConfigException failure = catchThrowableOfType(ConfigException.class, () ->
        Config.fromEnvironment(Map.of("OTEL_EXPORTER_OTLP_HEADERS", "api-key:s3cret")));

    assertThat(failure.problems()).containsExactly("OTEL_EXPORTER_OTLP_HEADERS must be key=value"
        + " pairs separated by commas (values percent-encoded), but entry 1 is not");
  }

  @Test
  void the_effective_tracing_configuration_is_listed_when_on() {
    assertThat(Config.fromEnvironment(Map.of(
        "OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318",
        "OTEL_RESOURCE_ATTRIBUTES", "region=eu-west")).describe()).containsSequence(
        "OTEL_SERVICE_NAME=orders-service",
        "OTEL_RESOURCE_ATTRIBUTES=region=eu-west",
        "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT=http://collector:4318/v1/traces",
        "OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf",
        "OTEL_TRACES_SAMPLER=parentbased_traceidratio",
        "OTEL_TRACES_SAMPLER_ARG=0.1",
        "OTEL_BSP_MAX_QUEUE_SIZE=2048",
        "OTEL_BSP_MAX_EXPORT_BATCH_SIZE=512",
        "OTEL_BSP_SCHEDULE_DELAY=5000",
        "OTEL_EXPORTER_OTLP_TIMEOUT=10000");
  }
}
